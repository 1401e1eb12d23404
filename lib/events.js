'use strict';
// require('events'): EventEmitter and its helpers (once, on, addAbortListener, ...).
//
// Layout of an emitter, as Node shows it through util.inspect:
//   _events        null-prototype object: type -> listener function, or array of them
//   _eventsCount   number of types with listeners
//   _maxListeners  per-emitter limit (undefined: EventEmitter.defaultMaxListeners)
//   [kShapeMode]   true when a subclass preset _events (streams do), whose keys then stay
//                  in place (set to undefined) instead of being deleted
//   [kCapture]     captureRejections: promise rejections from listeners become 'error'
// Listener arrays are copy-on-write while emitting: emit() counts itself in
// array[kEmitting], and adding or removing a listener during an emit replaces the array
// instead of mutating the one being iterated.
//
// This file loads first in bootstrap (process is an EventEmitter): it must only require
// light modules at top level; inspect, event_target and async_hooks are loaded lazily.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  Boolean,
  Error,
  ErrorCaptureStackTrace,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  NumberMAX_SAFE_INTEGER,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  Promise,
  ReflectApply,
  ReflectOwnKeys,
  String,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  Symbol,
  SymbolAsyncIterator,
  SymbolDispose,
  SymbolFor,
} = primordials;

const {
  AbortError,
  kEnhanceStackBeforeInspector,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NODE4J_UNSUPPORTED,
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');

const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kEmitting = Symbol('events.emitting');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol('nodejs.watermarkData');
const kRejection = SymbolFor('nodejs.rejection');
// Internal option of events.once(): resolve with the first argument instead of an array.
const kFirstEventParam = SymbolFor('nodejs.kFirstEventParam');
const kIsEventTarget = SymbolFor('nodejs.event_target');

// primordials copy Promise statics unbound; they need Promise as `this`.
const PromiseResolve = FunctionPrototypeBind(primordials.PromiseResolve, Promise);
const PromiseReject = FunctionPrototypeBind(primordials.PromiseReject, Promise);

let defaultMaxListeners = 10;

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

let eventTargetModule;
function lazyEventTarget() {
  eventTargetModule ??= require('internal/event_target');
  return eventTargetModule;
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget] !== undefined;
}

function EventEmitter(opts) {
  FunctionPrototypeCall(EventEmitter.init, this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

ObjectDefineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null,
  value: false,
  writable: true,
  enumerable: false,
});

// ---- statics ----

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, {
      __proto__: null, once: true, [lazyEventTarget().kResistStopPropagation]: true,
    });
    removeEventListener = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

function getEventListeners(emitterOrTarget, type) {
  // null and undefined fail with a plain TypeError, as in Node.
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    return lazyEventTarget().listenersOf(emitterOrTarget, type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return maxListenersOf(emitterOrTarget);
  }
  if (typeof emitterOrTarget?.[kMaxEventTargetListeners] === 'number') {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// Deprecated (DEP0033) in favour of emitter.listenerCount(), but without a runtime warning.
function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return FunctionPrototypeCall(protoListenerCount, emitter, type);
}

let EventEmitterAsyncResource;

ObjectDefineProperties(EventEmitter, {
  addAbortListener: { __proto__: null, value: addAbortListener, writable: true, enumerable: true, configurable: true },
  once: { __proto__: null, value: once, writable: true, enumerable: true, configurable: true },
  on: { __proto__: null, value: on, writable: true, enumerable: true, configurable: true },
  getEventListeners: { __proto__: null, value: getEventListeners, writable: true, enumerable: true, configurable: true },
  getMaxListeners: { __proto__: null, value: getMaxListeners, writable: true, enumerable: true, configurable: true },
  listenerCount: {
    __proto__: null, value: listenerCount, writable: true, enumerable: true, configurable: true,
  },
  EventEmitter: { __proto__: null, value: EventEmitter, writable: true, enumerable: true, configurable: true },
  usingDomains: { __proto__: null, value: false, writable: true, enumerable: true, configurable: true },
  captureRejectionSymbol: {
    __proto__: null, value: kRejection, writable: true, enumerable: true, configurable: true,
  },
  captureRejections: {
    __proto__: null,
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
    configurable: false,
  },
  EventEmitterAsyncResource: {
    __proto__: null,
    get: function lazyEventEmitterAsyncResource() {
      EventEmitterAsyncResource ??= makeEventEmitterAsyncResource();
      return EventEmitterAsyncResource;
    },
    set: undefined,
    enumerable: true,
    configurable: true,
  },
  errorMonitor: { __proto__: null, value: kErrorMonitor, writable: true, enumerable: true, configurable: true },
  defaultMaxListeners: {
    __proto__: null,
    get() {
      return defaultMaxListeners;
    },
    set(value) {
      validateNumber(value, 'defaultMaxListeners', 0);
      defaultMaxListeners = value;
    },
    enumerable: true,
    configurable: false,
  },
  kMaxEventTargetListeners: {
    __proto__: null, value: kMaxEventTargetListeners, writable: false, enumerable: false, configurable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: kMaxEventTargetListenersWarned, writable: false, enumerable: false, configurable: false,
  },
});

// events.setMaxListeners(n[, ...eventTargets]): the default for new emitters, or the limit
// of each given EventEmitter / EventTarget.
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === ObjectGetPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // The class-wide default (EventEmitter.captureRejections) lives on the prototype.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// ---- prototype ----

function maxListenersOf(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// A rejected promise returned by a listener of an emitter with captureRejections becomes
// its [Symbol.for('nodejs.rejection')](err, type, ...args) call or an 'error' event.
function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      FunctionPrototypeCall(then, promise, undefined, function(err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ReflectApply(ee[kRejection], ee, [err, type, ...args]);
    return;
  }
  const prev = ee[kCapture];
  try {
    // A rejecting 'error' listener must not loop back here.
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

// The stack printed for an unhandled 'error' event: the error's own stack, then where it
// was emitted ("Emitted 'error' event on Foo instance at:").
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // A hostile constructor getter: no name then.
  }
  const ownStack = own.stack;
  const nl = StringPrototypeIndexOf(ownStack, '\n');
  const frames = nl === -1 ? '' : StringPrototypeSlice(ownStack, nl + 1);
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${frames}`;
}

// The value emit() throws for an unhandled 'error' event: the Error itself (marked so the
// fatal-exception printer can add where it was emitted), or ERR_UNHANDLED_ERROR.
function getUnhandledErrorException(that, args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) {
    try {
      const capture = {};
      ErrorCaptureStackTrace(capture, EventEmitter.prototype.emit);
      ObjectDefineProperty(er, kEnhanceStackBeforeInspector, {
        __proto__: null,
        value: FunctionPrototypeBind(enhanceStackTrace, that, er, capture),
        configurable: true,
      });
    } catch {
      // Frozen or exotic error objects are thrown as they are.
    }
    return er;
  }
  let stringifiedEr;
  try {
    stringifiedEr = lazyInspect().inspect(er);
  } catch {
    stringifiedEr = er;
  }
  const err = new ERR_UNHANDLED_ERROR(stringifiedEr);
  err.context = er;
  return err;
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = (type === 'error');
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...args);
    }
    doError = (doError && events.error === undefined);
  } else if (!doError) {
    return false;
  }

  if (doError) {
    // One throw statement for both cases: it is the source line shown for the uncaught error.
    const er = getUnhandledErrorException(this, args);
    throw er; // Unhandled 'error' event
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = ReflectApply(handler, this, args);
    if (result !== undefined && result !== null && this[kCapture]) {
      addCatch(this, result, type, args);
    }
  } else {
    const len = handler.length;
    handler[kEmitting]++;
    try {
      for (let i = 0; i < len; ++i) {
        const result = ReflectApply(handler[i], this, args);
        if (result !== undefined && result !== null && this[kCapture]) {
          addCatch(this, result, type, args);
        }
      }
    } finally {
      handler[kEmitting]--;
    }
  }
  return true;
};

function newListenerArray(a, b) {
  const list = [a, b];
  list[kEmitting] = 0;
  return list;
}

// The array to mutate for `type`: `list` itself, or a copy when an emit is iterating it.
function writableList(events, type, list) {
  if (list[kEmitting] === 0) return list;
  const copy = ArrayPrototypeSlice(list);
  copy[kEmitting] = 0;
  if (list.warned) copy.warned = true;
  events[type] = copy;
  return copy;
}

function warnMaxListeners(target, type, list, max) {
  list.warned = true;
  const name = typeof type === 'symbol' ? String(type) : type;
  const w = new Error('Possible EventEmitter memory leak detected. ' +
    `${list.length} ${name} listeners added to ${lazyInspect().inspect(target, { depth: -1 })}. ` +
    `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = list.length;
  process.emitWarning(w);
}

function addListenerTo(target, type, listener, prepend) {
  validateFunction(listener, 'listener');

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced _events.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  let list;
  if (typeof existing === 'function') {
    list = events[type] = prepend ? newListenerArray(listener, existing) :
      newListenerArray(existing, listener);
  } else {
    list = writableList(events, type, existing);
    if (prepend) {
      ArrayPrototypeUnshift(list, listener);
    } else {
      ArrayPrototypePush(list, listener);
    }
  }

  const max = maxListenersOf(target);
  if (max > 0 && list.length > max && !list.warned) {
    warnMaxListeners(target, type, list, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

// A listener that removes itself, then calls `listener` once; wrapper.listener is the
// original, which listeners(), removeListener() and 'newListener' see through.
function onceWrapper(target, type, listener) {
  let fired = false;
  function wrapper(...args) {
    if (fired) return undefined;
    fired = true;
    target.removeListener(type, wrapper);
    return ReflectApply(listener, target, args);
  }
  wrapper.listener = listener;
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, onceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, onceWrapper(this, type, listener));
  return this;
};

// Removes the most recently added instance of `listener` (or of a once() wrapper of it).
EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');

  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
    }
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    const target = writableList(events, type, list);
    ArrayPrototypeSplice(target, position, 1);
    if (target.length === 1) events[type] = target[0];

    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, listener);
    }
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners there is nobody to tell: just drop the lists.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) {
        this._events = { __proto__: null };
      } else {
        delete events[type];
      }
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    const keys = ReflectOwnKeys(events);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // LIFO, so that 'removeListener' sees them newest first.
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const evlistener = events[type];
  if (evlistener === undefined) return [];
  if (typeof evlistener === 'function') {
    return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  }
  const copy = [];
  for (let i = 0; i < evlistener.length; i++) {
    ArrayPrototypePush(copy, unwrap ? (evlistener[i].listener || evlistener[i]) : evlistener[i]);
  }
  return copy;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

const protoListenerCount = function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const evlistener = events[type];
  if (typeof evlistener === 'function') {
    if (listener != null) {
      return (listener === evlistener || listener === evlistener.listener) ? 1 : 0;
    }
    return 1;
  }
  if (evlistener === undefined) return 0;
  if (listener == null) return evlistener.length;
  let matching = 0;
  for (let i = 0; i < evlistener.length; i++) {
    if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
  }
  return matching;
};

EventEmitter.prototype.listenerCount = protoListenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  if (!(this._eventsCount > 0)) return [];
  const events = this._events;
  const keys = ReflectOwnKeys(events);
  const names = [];
  for (let i = 0; i < keys.length; i++) {
    if (events[keys[i]] !== undefined) ArrayPrototypePush(names, keys[i]);
  }
  return names;
};

// ---- events.once / events.on ----

// Listen on an EventEmitter (on/once) or an EventTarget (addEventListener).
function agnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) {
      emitter.once(name, listener);
    } else {
      emitter.on(name, listener);
    }
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function agnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function internalListenerFlags(once) {
  const flags = { __proto__: null, [lazyEventTarget().kResistStopPropagation]: true };
  if (once) flags.once = true;
  return flags;
}

async function once(emitter, name, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const firstOnly = options[kFirstEventParam];
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      agnosticRemoveListener(emitter, name, resolver);
      if (signal != null) agnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) agnosticRemoveListener(signal, 'abort', abortListener);
      resolve(firstOnly ? args[0] : args);
    };
    agnosticAddListener(emitter, name, resolver, internalListenerFlags(true));
    if (name !== 'error' && typeof emitter.once === 'function') {
      // 'error' rejects, except when it is the awaited event itself.
      emitter.once('error', errorListener);
    }
    function abortListener() {
      agnosticRemoveListener(emitter, name, resolver);
      agnosticRemoveListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      agnosticAddListener(signal, 'abort', abortListener, internalListenerFlags(true));
    }
  });
}

const AsyncIteratorPrototype = ObjectGetPrototypeOf(
  ObjectGetPrototypeOf(async function* () {}).prototype);

function createIterResult(value, done) {
  return { value, done };
}

// An async iterator over `event` emissions: each value is the array of emitted arguments.
// Emissions not yet consumed queue up; past options.highWaterMark the emitter is paused
// (emitter.pause()) and resumed below options.lowWaterMark. 'error' rejects the pending
// next() and ends the iteration, as do options.close events and options.signal.
function on(emitter, event, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });

  const highWatermark = options.highWaterMark ?? NumberMAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);
  const firstOnly = options[kFirstEventParam];

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;

  const iterator = ObjectSetPrototypeOf({
    next() {
      if (size > 0) {
        const value = ArrayPrototypeShift(unconsumedEvents);
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return PromiseResolve(createIterResult(value, false));
      }
      if (error) {
        const p = PromiseReject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise(function(resolve, reject) {
        ArrayPrototypePush(unconsumedPromises, { resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [SymbolAsyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() {
        return size;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  const added = [];
  function listen(target, name, listener, flags) {
    agnosticAddListener(target, name, listener, flags);
    ArrayPrototypePush(added, [target, name, listener, flags]);
  }

  listen(emitter, event, firstOnly ? eventHandler : function(...args) {
    return eventHandler(args);
  });
  if (event !== 'error' && typeof emitter.on === 'function') {
    listen(emitter, 'error', errorHandler);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (const name of closeEvents) {
      listen(emitter, name, closeHandler);
    }
  }
  if (signal) {
    listen(signal, 'abort', abortListener, internalListenerFlags(true));
  }

  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.length > 0) {
      ArrayPrototypeShift(unconsumedPromises).resolve(createIterResult(value, false));
      return;
    }
    ArrayPrototypePush(unconsumedEvents, value);
    size++;
    if (size > highWatermark && !paused) {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) {
      ArrayPrototypeShift(unconsumedPromises).reject(err);
    } else {
      error = err;
    }
    closeHandler();
  }

  function closeHandler() {
    for (let i = 0; i < added.length; i++) {
      const { 0: target, 1: name, 2: listener, 3: flags } = added[i];
      agnosticRemoveListener(target, name, listener, flags);
    }
    added.length = 0;
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (unconsumedPromises.length > 0) {
      ArrayPrototypeShift(unconsumedPromises).resolve(doneResult);
    }
    return PromiseResolve(doneResult);
  }
}

// ---- EventEmitterAsyncResource ----

// Built on first access of events.EventEmitterAsyncResource; instances need async_hooks.
function makeEventEmitterAsyncResource() {
  let ReferencingAsyncResource;
  function referencingResourceClass() {
    if (ReferencingAsyncResource !== undefined) return ReferencingAsyncResource;
    let AsyncResource;
    try {
      ({ AsyncResource } = require('async_hooks'));
    } catch {
      // async_hooks is not there yet.
    }
    if (typeof AsyncResource !== 'function') {
      throw new ERR_NODE4J_UNSUPPORTED('events.EventEmitterAsyncResource');
    }
    ReferencingAsyncResource = class EventEmitterReferencingAsyncResource extends AsyncResource {
      #eventEmitter;
      constructor(ee, type, options) {
        super(type, options);
        this.#eventEmitter = ee;
      }

      get eventEmitter() {
        return this.#eventEmitter;
      }
    };
    return ReferencingAsyncResource;
  }

  class EventEmitterAsyncResource extends EventEmitter {
    #asyncResource;

    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      const Resource = referencingResourceClass();
      this.#asyncResource = new Resource(this, name, options);
    }

    emit(event, ...args) {
      const asyncResource = this.#asyncResource;
      ArrayPrototypeUnshift(args, super.emit, this, event);
      return ReflectApply(asyncResource.runInAsyncScope, asyncResource, args);
    }

    emitDestroy() {
      this.#asyncResource.emitDestroy();
    }

    get asyncId() {
      return this.#asyncResource.asyncId();
    }

    get triggerAsyncId() {
      return this.#asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      return this.#asyncResource;
    }
  }
  return EventEmitterAsyncResource;
}

module.exports = EventEmitter;
