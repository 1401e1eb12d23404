'use strict';
// The WHATWG Event, CustomEvent and EventTarget (globals), as Node 24 has them: one target,
// no tree, so every dispatch is AT_TARGET. Plus NodeEventTarget (an EventTarget with an
// EventEmitter-like surface: on/once/emit...) and the hooks other core objects build on
// (AbortSignal, MessagePort): kNewListener/kRemoveListener when listeners come and go,
// kTrustEvent for isTrusted events, defineEventHandler for `onfoo` properties, and the
// internal listener options kWeakHandler, kResistStopPropagation and kIsNodeStyleListener.
//
// A listener that throws (or returns a promise that rejects) does not stop the dispatch:
// its error is rethrown from process.nextTick, i.e. becomes an uncaught exception.

const {
  ArrayPrototypePush,
  Boolean,
  DateNow,
  Error,
  FunctionPrototypeCall,
  NumberIsInteger,
  ObjectAssign,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectFreeze,
  ObjectGetOwnPropertyDescriptor,
  ReflectApply,
  SafeMap,
  SafeSet,
  SafeWeakMap,
  SafeWeakRef,
  SafeWeakSet,
  String,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowNullable,
  kValidateObjectAllowObjects,
  validateAbortSignal,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');
const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const kIsEventTarget = SymbolFor('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
const kInspect = SymbolFor('nodejs.util.inspect.custom');

const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kInPassiveListener = Symbol('kInPassiveListener');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');
const kHybridDispatch = SymbolFor('nodejs.internal.kHybridDispatch');
const kCreateEvent = Symbol('kCreateEvent');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

const kLoadTime = DateNow();
function now() {
  const perf = globalThis.performance;
  if (typeof perf?.now === 'function') return perf.now();
  return DateNow() - kLoadTime;
}

// `${name} { ...fields }`, or just the name when inspected below depth 0.
function inspectWithFields(self, name, fields, depth, options) {
  if (depth < 0) return name;
  const opts = ObjectAssign({}, options, {
    depth: NumberIsInteger(options.depth) ? options.depth - 1 : options.depth,
  });
  return `${name} ${lazyInspect().inspect(fields, opts)}`;
}

const kEmptyObject = ObjectFreeze({ __proto__: null });
const trustedEvents = new SafeWeakSet();
let isEvent;
let isCustomEvent;
let propagationStoppedImmediately;

const enumerable = { __proto__: null, enumerable: true };

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = 0;
  #propagationStopped = false;
  #stopImmediate = false;

  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #cancelable in value;
    propagationStoppedImmediately = (event) => event.#stopImmediate;
  }

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObject(options, 'options', kValidateObjectAllowNullable);
    this.#cancelable = Boolean(options?.cancelable);
    this.#bubbles = Boolean(options?.bubbles);
    this.#composed = Boolean(options?.composed);
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    this[kInPassiveListener] = false;
    this.#timestamp = now();
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = Boolean(bubbles);
    this.#cancelable = Boolean(cancelable);
  }

  [kInspect](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const name = this.constructor.name;
    return inspectWithFields(this, name, {
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, depth, options);
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    // Only the flag: a target has no parents to propagate to.
    this.#propagationStopped = true;
    this.#stopImmediate = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (!this.#cancelable || this[kInPassiveListener]) return;
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  set returnValue(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (!value) this.preventDefault();
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }
}

ObjectDefineProperties(Event.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, value: 'Event', writable: false, enumerable: false, configurable: true,
  },
  initEvent: enumerable,
  stopImmediatePropagation: enumerable,
  preventDefault: enumerable,
  target: enumerable,
  currentTarget: enumerable,
  srcElement: enumerable,
  type: enumerable,
  cancelable: enumerable,
  defaultPrevented: enumerable,
  timeStamp: enumerable,
  composedPath: enumerable,
  returnValue: enumerable,
  bubbles: enumerable,
  composed: enumerable,
  eventPhase: enumerable,
  cancelBubble: enumerable,
  stopPropagation: enumerable,
  // WebIDL [LegacyUnforgeable]: not configurable.
  isTrusted: {
    __proto__: null,
    get: ObjectGetOwnPropertyDescriptor({
      get isTrusted() {
        return trustedEvents.has(this);
      },
    }, 'isTrusted').get,
    enumerable: true,
    configurable: false,
  },
});

const kPhase = { __proto__: null, writable: false, enumerable: true, configurable: false };
ObjectDefineProperties(Event, {
  NONE: { ...kPhase, value: 0 },
  CAPTURING_PHASE: { ...kPhase, value: 1 },
  AT_TARGET: { ...kPhase, value: 2 },
  BUBBLING_PHASE: { ...kPhase, value: 3 },
});

class CustomEvent extends Event {
  #detail;

  static {
    isCustomEvent = (value) => value !== null && typeof value === 'object' && #detail in value;
  }

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

ObjectDefineProperties(CustomEvent.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
  },
  detail: enumerable,
});

// ---- listeners ----

// Weak listeners (option kWeakHandler: owner) live as long as their owner, not as long as
// the target: the target holds a WeakRef, the owner holds the listener.
const weakListenersOf = new SafeWeakMap();

// The listeners of one type form a linked list under a root { size, first, last }.
// Dispatch walks it taking each `next` before calling the listener, and a removed
// listener keeps its `next`: so listeners appended during a dispatch are reached unless
// the walk already ran past the end, and removed ones are skipped (Node's behaviour).
class Listener {
  constructor(listener, options) {
    this.next = undefined;
    this.previous = undefined;
    this.once = options.once;
    this.capture = options.capture;
    this.passive = options.passive;
    this.isNodeStyleListener = options.isNodeStyleListener;
    this.resistStopPropagation = options.resistStopPropagation;
    this.removed = false;
    this.weak = options.weak !== undefined;
    if (this.weak) {
      this.ref = new SafeWeakRef(listener);
      let held = weakListenersOf.get(options.weak);
      if (held === undefined) {
        held = new SafeSet();
        weakListenersOf.set(options.weak, held);
      }
      held.add(listener);
      this.listener = undefined;
    } else {
      this.listener = listener;
    }
  }

  get callback() {
    return this.weak ? this.ref.deref() : this.listener;
  }
}

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  // An object may get its handleEvent later.
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget] !== undefined;
}

function hasEventTargetState(obj) {
  return obj !== null && (typeof obj === 'object' || typeof obj === 'function') &&
    obj[kEvents] !== undefined;
}

function emitUncaughtException(err) {
  process.nextTick(() => {
    throw err;
  });
}

function initEventTarget(self) {
  self[kEvents] = new SafeMap();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new SafeMap();
}

function appendRecord(root, record) {
  record.previous = root.last;
  if (root.last === undefined) {
    root.first = record;
  } else {
    root.last.next = record;
  }
  root.last = record;
  root.size++;
}

// Unlinks `record` (keeping its own `next` for a dispatch walking past it); drops the
// root of `type` once empty. Returns the remaining size.
function removeRecord(target, type, root, record) {
  if (record.removed) return root.size;
  record.removed = true;
  if (record.previous === undefined) {
    root.first = record.next;
  } else {
    record.previous.next = record.next;
  }
  if (record.next === undefined) {
    root.last = record.previous;
  } else {
    record.next.previous = record.previous;
  }
  root.size--;
  if (root.size === 0 && target[kEvents].get(type) === root) target[kEvents].delete(type);
  return root.size;
}

class EventTarget {
  // Marks EventTarget and its subclasses for events.getEventListeners() & co.
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  // Hooks for subclasses; `size` is the number of `type` listeners after the change.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${lazyInspect().inspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!hasEventTargetState(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    const {
      once, capture, passive, signal, isNodeStyleListener, weak, resistStopPropagation,
    } = validateEventListenerOptions(options);

    validateAbortSignal(signal, 'options.signal');

    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;

    if (signal) {
      if (signal.aborted) return;
      // The signal must not keep this target alive: a weak listener owned by the target.
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { __proto__: null, size: 0, first: undefined, last: undefined };
      this[kEvents].set(type, root);
    }
    for (let record = root.first; record !== undefined; record = record.next) {
      // The same callback with the same capture flag is added only once.
      if (record.capture === capture && record.callback === listener) return;
    }
    appendRecord(root, new Listener(listener, {
      once, capture, passive, isNodeStyleListener, weak, resistStopPropagation,
    }));
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!hasEventTargetState(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = `${type}`;
    const capture = typeof options === 'boolean' ? options : options?.capture === true;

    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let record = root.first; record !== undefined; record = record.next) {
      if (record.capture === capture && record.callback === listener) {
        const size = removeRecord(this, type, root, record);
        this[kRemoveListener](size, type, listener, capture);
        return;
      }
    }
  }

  [kRemoveWeakListenerHelper](type, listener) {
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let record = root.first; record !== undefined; record = record.next) {
      if (record.callback === listener) {
        const size = removeRecord(this, type, root, record);
        this[kRemoveListener](size, type, listener, record.capture);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!hasEventTargetState(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Calls the `type` listeners: DOM-style ones get `event` (created on demand from
  // `nodeValue` by kCreateEvent), Node-style ones (NodeEventTarget#on) get `nodeValue`.
  [kHybridDispatch](nodeValue, type, event) {
    const begin = (ev) => {
      ev[kTarget] = this;
      ev[kIsBeingDispatched] = true;
      return ev;
    };
    if (event !== undefined) begin(event);

    const root = this[kEvents].get(type);
    let next;
    for (let record = root?.first; record !== undefined; record = next) {
      next = record.next;
      if (record.removed) continue;
      if (event !== undefined && propagationStoppedImmediately(event) &&
          !record.resistStopPropagation) {
        continue;
      }
      const listener = record.callback;
      if (listener === undefined) {
        // A weak listener whose owner is gone.
        removeRecord(this, type, root, record);
        continue;
      }
      if (record.once) {
        const size = removeRecord(this, type, root, record);
        this[kRemoveListener](size, type, listener, record.capture);
      }

      let arg;
      if (record.isNodeStyleListener) {
        arg = nodeValue;
      } else {
        if (event === undefined) event = begin(this[kCreateEvent](nodeValue, type));
        arg = event;
      }
      const passive = record.passive && event !== undefined;
      if (passive) event[kInPassiveListener] = true;
      try {
        let result;
        if (typeof listener === 'function') {
          result = ReflectApply(listener, this, [arg]);
        } else {
          // Looked up at each dispatch; a falsy handleEvent is no listener (yet).
          const handleEvent = listener.handleEvent;
          if (handleEvent) result = ReflectApply(handleEvent, listener, [arg]);
        }
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        emitUncaughtException(err);
      } finally {
        if (passive) event[kInPassiveListener] = false;
      }
    }

    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [kInspect](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    return inspectWithFields(this, this.constructor.name, {}, depth, options);
  }
}

ObjectDefineProperties(EventTarget.prototype, {
  addEventListener: enumerable,
  removeEventListener: enumerable,
  dispatchEvent: enumerable,
  [SymbolToStringTag]: {
    __proto__: null, value: 'EventTarget', writable: false, enumerable: false, configurable: true,
  },
});

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    FunctionPrototypeCall(then, promise, undefined, emitUncaughtException);
  }
}

// The listeners of `type` on `target`, for events.getEventListeners().
function listenersOf(target, type) {
  const result = [];
  const root = target[kEvents]?.get(`${type}`);
  for (let record = root?.first; record !== undefined; record = record.next) {
    const listener = record.callback;
    if (listener !== undefined) ArrayPrototypePush(result, listener);
  }
  return result;
}

// ---- NodeEventTarget ----

function initNodeEventTarget(self) {
  initEventTarget(self);
}

function checkNodeEventTarget(self) {
  if (self?.constructor?.[kIsNodeEventTarget] !== true || !hasEventTargetState(self)) {
    throw new ERR_INVALID_THIS('NodeEventTarget');
  }
}

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n) {
    checkNodeEventTarget(this);
    validateNumber(n, 'setMaxListeners', 0);
    this[kMaxEventTargetListeners] = n;
    this[kMaxEventTargetListenersWarned] = false;
  }

  getMaxListeners() {
    checkNodeEventTarget(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkNodeEventTarget(this);
    const names = [];
    for (const name of this[kEvents].keys()) ArrayPrototypePush(names, name);
    return names;
  }

  listenerCount(type) {
    checkNodeEventTarget(this);
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeEventTarget(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkNodeEventTarget(this);
    if (type !== undefined) {
      this[kEvents].delete(String(type));
    } else {
      this[kEvents].clear();
    }
    return this;
  }
}

ObjectDefineProperties(NodeEventTarget.prototype, {
  setMaxListeners: enumerable,
  getMaxListeners: enumerable,
  eventNames: enumerable,
  listenerCount: enumerable,
  off: enumerable,
  removeListener: enumerable,
  on: enumerable,
  addListener: enumerable,
  once: enumerable,
  emit: enumerable,
  removeAllListeners: enumerable,
});

// ---- onfoo handler properties ----

function makeEventHandler(handler) {
  // The registered listener stays in place; assigning onfoo swaps what it calls.
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return ReflectApply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

// Defines `on${name}` on `emitter` (usually a prototype), an event handler attribute for
// `event`: the getter returns the handler (or null), assigning registers it as a listener
// at the position of the first assignment.
function defineEventHandler(emitter, name, event = name) {
  ObjectDefineProperty(emitter, `on${name}`, {
    __proto__: null,
    get() {
      return this[kHandlers]?.get(event)?.handler ?? null;
    },
    set(value) {
      if (!this[kHandlers]) this[kHandlers] = new SafeMap();
      let wrapped = this[kHandlers].get(event);
      if (wrapped) {
        const size = this[kEvents].get(event)?.size ?? 0;
        if (typeof wrapped.handler === 'function') {
          this[kRemoveListener](size - 1, event, wrapped.handler, false);
        }
        wrapped.handler = value;
        if (typeof value === 'function') {
          this[kNewListener](size, event, value, false, false, false, false);
        }
      } else {
        wrapped = makeEventHandler(value);
        this.addEventListener(event, wrapped);
      }
      this[kHandlers].set(event, wrapped);
    },
    configurable: true,
    enumerable: true,
  });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  initNodeEventTarget,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kHybridDispatch,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
  kIsNodeStyleListener,
  listenersOf,
};
