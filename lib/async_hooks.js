'use strict';
// async_hooks: AsyncLocalStorage and AsyncResource over the async context frames of
// internal/async_hooks. Low-level hooks (createHook) cannot be offered: GraalJS has no promise
// hooks and node4j's handles do not report init/before/after/destroy.

const {
  FunctionPrototypeBind,
  NumberIsSafeInteger,
  ObjectDefineProperties,
  ObjectFreeze,
  ReflectApply,
  SafeMap,
  Symbol,
} = primordials;

const {
  codes: {
    ERR_ASYNC_CALLBACK,
    ERR_INVALID_ASYNC_ID,
    ERR_NODE4J_UNSUPPORTED,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const internal = require('internal/async_hooks');
const {
  async_context_frame,
  async_id_symbol,
  trigger_async_id_symbol,
  enableFrames,
  getFrame,
  newAsyncId,
  runInFrame,
  setFrame,
  enter,
  leave,
} = internal;

// ---- AsyncLocalStorage ----
const kDefault = Symbol('kDefaultValue');
const kName = Symbol('kName');

class AsyncLocalStorage {
  constructor(options = {}) {
    validateObject(options, 'options');
    enableFrames();
    this[kDefault] = options.defaultValue;
    this[kName] = options.name === undefined ? '' : `${options.name}`;
  }

  get name() {
    return this[kName];
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = getFrame();
    return function runInAsyncScope(fn, ...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    const frame = getFrame();
    if (frame !== undefined && frame.has(this)) {
      const next = new SafeMap(frame);
      next.delete(this);
      setFrame(next);
    }
  }

  enterWith(store) {
    const next = new SafeMap(getFrame());
    next.set(this, store);
    setFrame(next);
  }

  run(store, fn, ...args) {
    const next = new SafeMap(getFrame());
    next.set(this, store);
    return runInFrame(next, fn, null, args);
  }

  exit(fn, ...args) {
    const next = new SafeMap(getFrame());
    next.delete(this);
    return runInFrame(next, fn, null, args);
  }

  getStore() {
    const frame = getFrame();
    if (frame === undefined || !frame.has(this)) return this[kDefault];
    return frame.get(this);
  }

  // `using scope = als.withScope(store)`: the store holds until the scope is disposed.
  withScope(store) {
    const previous = getFrame();
    this.enterWith(store);
    return {
      __proto__: null,
      [SymbolDispose]() {
        setFrame(previous);
      },
    };
  }
}
const { SymbolDispose } = primordials;

// ---- AsyncResource ----
class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? internal.executionAsyncId() : opts.triggerAsyncId;
    }
    if (!NumberIsSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    enableFrames();
    this[async_context_frame] = getFrame();
    this[async_id_symbol] = newAsyncId();
    this[trigger_async_id_symbol] = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const prev = enter(this[async_id_symbol], this[trigger_async_id_symbol]);
    try {
      return runInFrame(this[async_context_frame], fn, thisArg, args);
    } finally {
      leave(prev);
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return ReflectApply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = FunctionPrototypeBind(this.runInAsyncScope, this, fn, thisArg);
    }
    ObjectDefineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { __proto__: null, configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

// ---- Hooks ----
class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw new ERR_ASYNC_CALLBACK('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    this._hasCallbacks = !!(init || before || after || destroy || promiseResolve);
  }

  // A hook without callbacks observes nothing, so enabling it is honest; one with callbacks
  // would never be called.
  enable() {
    if (this._hasCallbacks) throw new ERR_NODE4J_UNSUPPORTED('async_hooks.createHook(...).enable()');
    return this;
  }

  disable() {
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

function executionAsyncResource() {
  throw new ERR_NODE4J_UNSUPPORTED('async_hooks.executionAsyncResource');
}

const providerNames = ['NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ',
  'BLOBREADER', 'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP',
  'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE',
  'HTTPCLIENTREQUEST', 'LOCKS', 'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP',
  'PIPEWRAP', 'PROCESSWRAP', 'PROMISE', 'QUERYWRAP', 'QUIC_ENDPOINT', 'QUIC_LOGSTREAM', 'QUIC_SESSION',
  'QUIC_STREAM', 'QUIC_UDP', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP',
  'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER',
  'WORKERCPUPROFILE', 'WORKERCPUUSAGE', 'WORKERHEAPPROFILE', 'WORKERHEAPSNAPSHOT', 'WORKERHEAPSTATISTICS',
  'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST',
  'KEYEXPORTREQUEST', 'ARGON2REQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST',
  'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST'];
const asyncWrapProviders = { __proto__: null };
for (let i = 0; i < providerNames.length; i++) asyncWrapProviders[providerNames[i]] = i;
ObjectFreeze(asyncWrapProviders);

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId: internal.executionAsyncId,
  triggerAsyncId: internal.triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
