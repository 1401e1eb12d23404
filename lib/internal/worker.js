'use strict';
// The Worker class (parent side). A worker is a new runtime on its own thread of this JVM,
// on the shared engine (org.node4j.binding.worker.WorkerHandle); everything between the two
// threads is bytes posted to the other side's event loop.

const {
  ArrayIsArray,
  ArrayPrototypeMap,
  ObjectEntries,
  Promise,
  SafeMap,
  StringPrototypeStartsWith,
  Symbol,
  SymbolFor,
} = primordials;

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NODE4J_UNSUPPORTED,
    ERR_WORKER_INVALID_EXEC_ARGV,
    ERR_WORKER_PATH,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const io = require('internal/worker/io');

const workerBinding = internalBinding('worker');
const messaging = internalBinding('messaging');

const SHARE_ENV = SymbolFor('nodejs.worker_threads.SHARE_ENV');
const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kExitCode = Symbol('kExitCode');
const kLimits = Symbol('kLimits');
const kThreadId = Symbol('kThreadId');
const kOnExit = Symbol('kOnExit');

// Node's defaults for a worker's limits (reported; the JVM heap is shared, see docs/compat.md).
const defaultLimits = [192, 4096, 0, 4];
const limitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];

// ---- environment data: cloned into each new worker ----
let environmentData;
function environmentDataMap() {
  if (environmentData === undefined) {
    environmentData = new SafeMap();
    const inherited = workerBinding.environmentData();
    if (inherited !== null && inherited !== undefined) {
      const { value } = io.wire().decode(inherited);
      for (const [k, v] of value) environmentData.set(k, v);
    }
  }
  return environmentData;
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentDataMap().delete(key);
  else environmentDataMap().set(key, value);
}

function getEnvironmentData(key) {
  return environmentDataMap().get(key);
}

// Flags a worker cannot be started with (they concern the whole process).
const processOnlyFlags = ['--title', '--prof', '--cpu-prof', '--heap-prof', '--inspect', '--inspect-brk'];
function validateExecArgv(execArgv) {
  const { isKnownFlag } = lazyCliFlags();
  const bad = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = `${execArgv[i]}`;
    if (!StringPrototypeStartsWith(a, '-')) continue;
    const name = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (!isKnownFlag(name) || processOnlyFlags.includes(name)) bad[bad.length] = a;
  }
  if (bad.length > 0) throw new ERR_WORKER_INVALID_EXEC_ARGV(bad);
}

// Node options a worker accepts in execArgv: the ones node4j understands.
function lazyCliFlags() {
  const known = ['--no-deprecation', '--throw-deprecation', '--trace-deprecation', '--no-warnings',
    '--trace-warnings', '--pending-deprecation', '--input-type', '--unhandled-rejections',
    '--experimental-vm-modules', '--stack-trace-limit', '--require', '-r', '--conditions', '-C',
    '--enable-source-maps', '--expose-gc', '--max-old-space-size', '--experimental-default-type',
    '--no-experimental-require-module', '--experimental-require-module', '--preserve-symlinks',
    '--preserve-symlinks-main', '--trace-uncaught', '--abort-on-uncaught-exception', '--no-addons',
    '--experimental-strip-types', '--no-experimental-strip-types', '--disable-warning', '--title',
    '--prof', '--cpu-prof', '--heap-prof', '--inspect', '--inspect-brk'];
  return { isKnownFlag: (name) => known.includes(name) };
}

function resolveFilename(filename, isEval) {
  if (isEval) {
    if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    return filename;
  }
  const { URL, fileURLToPath } = require('internal/url');
  if (filename instanceof URL) {
    if (filename.protocol === 'data:') throw new ERR_NODE4J_UNSUPPORTED('new Worker(data: URL)');
    return fileURLToPath(filename);
  }
  if (typeof filename !== 'string') throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  if (StringPrototypeStartsWith(filename, 'file://')) return fileURLToPath(filename);
  if (StringPrototypeStartsWith(filename, 'data:')) throw new ERR_NODE4J_UNSUPPORTED('new Worker(data: URL)');
  const path = require('path');
  if (path.isAbsolute(filename)) return filename;
  if (StringPrototypeStartsWith(filename, './') || StringPrototypeStartsWith(filename, '../')) {
    return path.resolve(filename);
  }
  throw new ERR_WORKER_PATH(filename);
}

function envPairs(env) {
  const out = [];
  const entries = ObjectEntries(env);
  for (let i = 0; i < entries.length; i++) {
    out[out.length] = entries[i][0];
    out[out.length] = `${entries[i][1]}`;
  }
  return out;
}

function limitsOf(resourceLimits) {
  const limits = [...defaultLimits];
  if (resourceLimits === undefined) return limits;
  validateObject(resourceLimits, 'options.resourceLimits');
  for (let i = 0; i < limitNames.length; i++) {
    const v = resourceLimits[limitNames[i]];
    if (typeof v === 'number' && v > 0) limits[i] = v;
  }
  return limits;
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    require('internal/process/permission').check('worker', 'WorkerThreads', '');
    const isEval = !!options.eval;
    const main = resolveFilename(filename, isEval);

    let argv = [];
    if (options.argv !== undefined) {
      if (!ArrayIsArray(options.argv)) throw new ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
      argv = ArrayPrototypeMap(options.argv, (a) => `${a}`);
    }
    let execArgv = null;
    if (options.execArgv !== undefined) {
      if (!ArrayIsArray(options.execArgv)) {
        throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', options.execArgv);
      }
      validateExecArgv(options.execArgv);
      execArgv = ArrayPrototypeMap(options.execArgv, (a) => `${a}`);
    }
    const env = options.env;
    if (env === SHARE_ENV) throw new ERR_NODE4J_UNSUPPORTED('worker_threads.SHARE_ENV');
    if (env !== undefined && env !== null && typeof env !== 'object') {
      const err = new ERR_INVALID_ARG_TYPE('options.env', 'object', env);
      err.message = 'The "options.env" property must be of type object or one of undefined, null, or ' +
        `worker_threads.SHARE_ENV.${err.message.slice(err.message.indexOf(' Received'))}`;
      throw err;
    }
    if (options.stdin) throw new ERR_NODE4J_UNSUPPORTED('new Worker() with stdin: true');
    if (options.name !== undefined && typeof options.name !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.name', 'string', options.name);
    }
    const limits = limitsOf(options.resourceLimits);

    const { wire } = io;
    const dataMsg = wire().encode(options.workerData, options.transferList, undefined);
    const envDataMsg = wire().encode(environmentDataMap(), undefined, undefined);

    this.stdin = null;
    const { Readable } = require('stream');
    this.stdout = new Readable({ read() {} });
    this.stderr = new Readable({ read() {} });
    // Unless the caller asked for the streams, the worker's output goes to ours.
    if (!options.stdout) this.stdout.on('data', (chunk) => process.stdout.write(chunk));
    if (!options.stderr) this.stderr.on('data', (chunk) => process.stderr.write(chunk));

    this[kLimits] = limits;
    this[kExitCode] = undefined;
    this[kOnExit] = [];
    const envObject = env === undefined || env === null ? process.env : env;
    const handle = workerBinding.start(isEval, main, argv, execArgv, envPairs(envObject), dataMsg, envDataMsg,
      limits, (kind, payload) => this.#onEvent(kind, payload));
    this[kHandle] = handle;
    this[kThreadId] = handle.threadId();
    const port = handle.port();
    this[kPort] = port;
    messaging.bind(port, () => {
      const m = messaging.receive(port);
      if (m === null) return;
      let value;
      try {
        value = wire().decode(m).value;
      } catch (err) {
        this.emit('messageerror', err);
        return;
      }
      this.emit('message', value);
    }, () => {});
  }

  #onEvent(kind, payload) {
    switch (kind) {
      case 'online':
        this.emit('online');
        break;
      case 'stdout':
      case 'stderr': {
        const { Buffer } = require('buffer');
        const bytes = new Uint8Array(new ArrayBuffer(payload));
        this[kind].push(Buffer.from(bytes));
        break;
      }
      case 'error': {
        let err;
        try {
          err = io.wire().decode(payload).value;
        } catch (e) {
          err = e;
        }
        this.emit('error', err);
        break;
      }
      case 'internalError': {
        const { Buffer } = require('buffer');
        this.emit('error', new Error(Buffer.from(new Uint8Array(new ArrayBuffer(payload))).toString()));
        break;
      }
      case 'exit':
        this[kExitCode] = payload;
        this[kThreadId] = -1;
        this.stdout.push(null);
        this.stderr.push(null);
        messaging.close(this[kPort]);
        for (const resolve of this[kOnExit]) resolve(payload);
        this[kOnExit] = [];
        this.emit('exit', payload);
        break;
    }
  }

  get threadId() {
    return this[kThreadId];
  }

  get threadName() {
    return this[kThreadId] === -1 ? null : 'WorkerThread';
  }

  get resourceLimits() {
    if (this[kExitCode] !== undefined) return {};
    const out = {};
    for (let i = 0; i < limitNames.length; i++) out[limitNames[i]] = this[kLimits][i];
    return out;
  }

  get performance() {
    return {
      eventLoopUtilization() {
        throw new ERR_NODE4J_UNSUPPORTED('worker.performance.eventLoopUtilization');
      },
    };
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('message');
    }
    const msg = io.wire().encode(value, transferList, undefined);
    if (this[kExitCode] === undefined) messaging.post(this[kPort], msg);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kExitCode] !== undefined) return Promise.resolve();
    return new Promise((resolve) => {
      this[kOnExit][this[kOnExit].length] = resolve;
      this[kHandle].terminate();
    });
  }

  ref() {
    this[kHandle].ref();
  }

  unref() {
    this[kHandle].unref();
  }

  getHeapSnapshot() {
    return Promise.reject(new ERR_NODE4J_UNSUPPORTED('worker.getHeapSnapshot()'));
  }

  async [SymbolFor('nodejs.asyncDispose')]() {
    await this.terminate();
  }
}

function resourceLimitsOfThisThread() {
  const limits = workerBinding.resourceLimits();
  if (limits === null || limits === undefined) return {};
  const out = {};
  for (let i = 0; i < limitNames.length; i++) out[limitNames[i]] = limits[i];
  return out;
}

module.exports = {
  SHARE_ENV,
  Worker,
  getEnvironmentData,
  resourceLimitsOfThisThread,
  setEnvironmentData,
};
