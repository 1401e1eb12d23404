'use strict';
// Every export reference Node 24 has, for each core-library module of issue 3: Object.keys
// of require(id), sorted, equals the list v24.21.0 printed (the lists below were generated
// by running reference Node). require('node:id') is the same object.
require('../../common');
const assert = require('assert');

process.noDeprecation = true; // punycode's DEP0040
const expected = {
  'events': [
    'EventEmitter', 'EventEmitterAsyncResource', 'addAbortListener', 'captureRejectionSymbol', 'captureRejections', 'defaultMaxListeners',
    'errorMonitor', 'getEventListeners', 'getMaxListeners', 'init', 'listenerCount', 'on',
    'once', 'setMaxListeners', 'usingDomains',
  ],
  'buffer': [
    'Blob', 'Buffer', 'File', 'INSPECT_MAX_BYTES', 'SlowBuffer', 'atob',
    'btoa', 'constants', 'isAscii', 'isUtf8', 'kMaxLength', 'kStringMaxLength',
    'resolveObjectURL', 'transcode',
  ],
  'util': [
    'MIMEParams', 'MIMEType', 'TextDecoder', 'TextEncoder', '_errnoException', '_exceptionWithHostPort',
    '_extend', 'aborted', 'callbackify', 'convertProcessSignalToExitCode', 'debug', 'debuglog',
    'deprecate', 'diff', 'format', 'formatWithOptions', 'getCallSites', 'getSystemErrorMap',
    'getSystemErrorMessage', 'getSystemErrorName', 'inherits', 'inspect', 'isArray', 'isDeepStrictEqual',
    'parseArgs', 'parseEnv', 'promisify', 'setTraceSigInt', 'stripVTControlCharacters', 'styleText',
    'toUSVString', 'transferableAbortController', 'transferableAbortSignal', 'types',
  ],
  'util/types': [
    'isAnyArrayBuffer', 'isArgumentsObject', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isBigInt64Array',
    'isBigIntObject', 'isBigUint64Array', 'isBooleanObject', 'isBoxedPrimitive', 'isCryptoKey', 'isDataView',
    'isDate', 'isExternal', 'isFloat16Array', 'isFloat32Array', 'isFloat64Array', 'isGeneratorFunction',
    'isGeneratorObject', 'isInt16Array', 'isInt32Array', 'isInt8Array', 'isKeyObject', 'isMap',
    'isMapIterator', 'isModuleNamespaceObject', 'isNativeError', 'isNumberObject', 'isPromise', 'isProxy',
    'isRegExp', 'isSet', 'isSetIterator', 'isSharedArrayBuffer', 'isStringObject', 'isSymbolObject',
    'isTypedArray', 'isUint16Array', 'isUint32Array', 'isUint8Array', 'isUint8ClampedArray', 'isWeakMap',
    'isWeakSet',
  ],
  'path': [
    '_makeLong', 'basename', 'delimiter', 'dirname', 'extname', 'format',
    'isAbsolute', 'join', 'matchesGlob', 'normalize', 'parse', 'posix',
    'relative', 'resolve', 'sep', 'toNamespacedPath', 'win32',
  ],
  'url': [
    'URL', 'URLPattern', 'URLSearchParams', 'Url', 'domainToASCII', 'domainToUnicode',
    'fileURLToPath', 'fileURLToPathBuffer', 'format', 'parse', 'pathToFileURL', 'resolve',
    'resolveObject', 'urlToHttpOptions',
  ],
  'querystring': [
    'decode', 'encode', 'escape', 'parse', 'stringify', 'unescape',
    'unescapeBuffer',
  ],
  'string_decoder': [
    'StringDecoder',
  ],
  'assert': [
    'Assert', 'AssertionError', 'CallTracker', 'deepEqual', 'deepStrictEqual', 'doesNotMatch',
    'doesNotReject', 'doesNotThrow', 'equal', 'fail', 'ifError', 'match',
    'notDeepEqual', 'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'ok', 'partialDeepStrictEqual',
    'rejects', 'strict', 'strictEqual', 'throws',
  ],
  'assert/strict': [
    'Assert', 'AssertionError', 'CallTracker', 'deepEqual', 'deepStrictEqual', 'doesNotMatch',
    'doesNotReject', 'doesNotThrow', 'equal', 'fail', 'ifError', 'match',
    'notDeepEqual', 'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'ok', 'partialDeepStrictEqual',
    'rejects', 'strict', 'strictEqual', 'throws',
  ],
  'os': [
    'EOL', 'arch', 'availableParallelism', 'constants', 'cpus', 'devNull',
    'endianness', 'freemem', 'getPriority', 'homedir', 'hostname', 'loadavg',
    'machine', 'networkInterfaces', 'platform', 'release', 'setPriority', 'tmpdir',
    'totalmem', 'type', 'uptime', 'userInfo', 'version',
  ],
  'timers': [
    'clearImmediate', 'clearInterval', 'clearTimeout', 'promises', 'setImmediate', 'setInterval',
    'setTimeout',
  ],
  'timers/promises': [
    'scheduler', 'setImmediate', 'setInterval', 'setTimeout',
  ],
  'perf_hooks': [
    'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList',
    'PerformanceResourceTiming', 'constants', 'createHistogram', 'eventLoopUtilization', 'monitorEventLoopDelay', 'performance',
    'timerify',
  ],
  'async_hooks': [
    'AsyncLocalStorage', 'AsyncResource', 'asyncWrapProviders', 'createHook', 'executionAsyncId', 'executionAsyncResource',
    'triggerAsyncId',
  ],
  'diagnostics_channel': [
    'Channel', 'channel', 'hasSubscribers', 'subscribe', 'tracingChannel', 'unsubscribe',
  ],
  'punycode': [
    'decode', 'encode', 'toASCII', 'toUnicode', 'ucs2', 'version',
  ],
  'path/posix': [
    '_makeLong', 'basename', 'delimiter', 'dirname', 'extname', 'format',
    'isAbsolute', 'join', 'matchesGlob', 'normalize', 'parse', 'posix',
    'relative', 'resolve', 'sep', 'toNamespacedPath', 'win32',
  ],
  'path/win32': [
    '_makeLong', 'basename', 'delimiter', 'dirname', 'extname', 'format',
    'isAbsolute', 'join', 'matchesGlob', 'normalize', 'parse', 'posix',
    'relative', 'resolve', 'sep', 'toNamespacedPath', 'win32',
  ],
};

for (const id of Object.keys(expected)) {
  const mod = require(id);
  assert.strictEqual(require(`node:${id}`), mod, id);
  assert.deepStrictEqual(Object.keys(mod).sort(), expected[id], id);
}

// navigator (a lazily installed global).
assert.strictEqual(navigator.userAgent, `Node.js/${process.versions.node.split('.')[0]}`);
assert.strictEqual(navigator.userAgent, 'Node.js/24');
assert.strictEqual(typeof navigator.hardwareConcurrency, 'number');
assert.ok(navigator.hardwareConcurrency >= 1);
if (process.platform === 'linux') assert.strictEqual(navigator.platform, `Linux ${require('os').machine()}`);
assert.strictEqual(typeof navigator.language, 'string');

