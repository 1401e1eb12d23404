'use strict';
// node:util. What is not implemented yet throws ERR_NODE4J_UNSUPPORTED when used.

const {
  ArrayIsArray,
  Error,
  FunctionPrototypeCall,
  Map,
  NumberIsSafeInteger,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptors,
  ObjectKeys,
  ObjectSetPrototypeOf,
  Promise,
  ReflectApply,
  SafeSet,
  StringPrototypeToUpperCase,
  Symbol,
  SymbolFor,
} = primordials;

const {
  codes: { ERR_FALSY_VALUE_REJECTION, ERR_INVALID_ARG_TYPE, ERR_NODE4J_UNSUPPORTED, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateNumber, validateString } = require('internal/validators');
const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');

const kCustomPromisifiedSymbol = SymbolFor('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      ReflectApply(original, this, args);
    });
  }
  ObjectSetPrototypeOf(fn, Object.getPrototypeOf(original));
  ObjectDefineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) ObjectSetPrototypeOf(propertiesValues[i], null);
  return ObjectDefineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    ReflectApply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = ObjectGetOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) ObjectSetPrototypeOf(propertiesValues[i], null);
  ObjectDefineProperties(callbackified, descriptors);
  return callbackified;
}

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const newReason = new ERR_FALSY_VALUE_REJECTION(reason);
    newReason.reason = reason;
    reason = newReason;
    Error.captureStackTrace(reason, callbackifyOnRejected);
  }
  return cb(reason);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  ObjectDefineProperty(ctor, 'super_', { __proto__: null, value: superCtor, writable: true, configurable: true });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new SafeSet();
function deprecate(fn, msg, code) {
  validateFunction(fn, 'fn');
  if (code !== undefined) validateString(code, 'code');
  if (process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// NODE_DEBUG=a,b* enables debuglog('a') sections; output "A PID: message" on stderr.
let debugPatterns;
function testDebugEnabled(set) {
  debugPatterns ??= (process.env.NODE_DEBUG || '').split(/[\s,]+/).filter(Boolean)
    .map((p) => new RegExp(`^${p.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i'));
  return debugPatterns.some((re) => re.test(set));
}

function debuglog(set, cb) {
  set = StringPrototypeToUpperCase(set);
  let enabled;
  // As in Node, the callback gets the logger on its first call, unless `enabled` was read
  // first and said false (the logger is then a no-op for good).
  let cbPending = typeof cb === 'function';
  const test = () => (enabled ??= testDebugEnabled(set));
  const logger = (...args) => {
    const on = test();
    if (cbPending) {
      cbPending = false;
      cb(on ? logger : () => {});
    }
    if (on) process.stderr.write(`${set} ${process.pid}: ${format(...args)}\n`);
  };
  ObjectDefineProperty(logger, 'enabled', {
    __proto__: null, configurable: true, enumerable: true,
    get() {
      const on = test();
      if (!on) cbPending = false;
      return on;
    },
  });
  return logger;
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = ObjectKeys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function toUSVString(input) {
  return `${input}`.toWellFormed();
}

// The error number checks of getSystemErrorName/Message: a negative integer.
function validateErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !NumberIsSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
}

function getSystemErrorName(err) {
  validateErrno(err);
  return require('internal/uv_errors').errnoName(err);
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  return require('internal/uv_errors').errnoMessage(err);
}

function getSystemErrorMap() {
  return new Map(require('internal/uv_errors').errorMap());
}

// Rarely used functions load their file on first call.
function parseArgs(config) {
  return require('internal/util/parse_args').parseArgs(config);
}

function styleText(format, text, options) {
  return require('internal/util/extras').styleText(format, text, options);
}

function aborted(signal, resource) {
  return require('internal/util/extras').aborted(signal, resource);
}

function getCallSites(frameCount, options) {
  return require('internal/util/extras').getCallSites(getCallSites, frameCount, options);
}

function parseEnv(content) {
  return require('internal/util/extras').parseEnv(content);
}

function diff(actual, expected) {
  return require('internal/util/extras').diff(actual, expected);
}

// The exit code a shell reports for a process killed by the signal: 128 + its number.
function convertProcessSignalToExitCode(signalCode) {
  const { signals } = require('os').constants;
  require('internal/validators').validateOneOf(signalCode, 'signalCode', ObjectKeys(signals));
  return 128 + signals[signalCode];
}

// Marks a signal as transferable to another thread. There are no workers, and in-thread
// posting of a signal is refused by MessagePort, so the mark has nothing to act on: the
// signal itself is the answer, as in Node.
function transferableAbortSignal(signal) {
  if (!require('internal/abort_controller').isAbortSignal(signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  const { AbortController } = require('internal/abort_controller');
  return new AbortController();
}

function unsupported(name) {
  return function() { throw new ERR_NODE4J_UNSUPPORTED(`util.${name}`); };
}

module.exports = {
  _errnoException: require('internal/errors').errnoException,
  _exceptionWithHostPort: unsupported('_exceptionWithHostPort'),
  _extend,
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: ArrayIsArray,
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types: require('internal/util/types'),
  parseEnv,
  parseArgs,
  TextDecoder: undefined,
  TextEncoder: undefined,
  MIMEType: undefined,
  MIMEParams: undefined,
  diff,
  setTraceSigInt: unsupported('setTraceSigInt'),
};
// Loaded on first use, then plain data properties (the encoders are the globals' classes).
const lazyClasses = { TextDecoder: 'internal/encoding', TextEncoder: 'internal/encoding',
                      MIMEType: 'internal/mime', MIMEParams: 'internal/mime' };
for (const name of ObjectKeys(lazyClasses)) {
  ObjectDefineProperty(module.exports, name, {
    __proto__: null, enumerable: true, configurable: true,
    get() {
      const value = require(lazyClasses[name])[name];
      ObjectDefineProperty(module.exports, name, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
      return value;
    },
    set(value) {
      ObjectDefineProperty(module.exports, name, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
  });
}
