'use strict';
// AbortController and AbortSignal (globals), as Node 24 has them.
//
// A signal aborts once: it records the reason, marks every signal that depends on it
// (AbortSignal.any) as aborted too, then fires a trusted 'abort' Event on itself and on
// those dependants, in that order. AbortSignal.timeout(ms) aborts from an unref'd timer
// with a 'TimeoutError' DOMException.
//
// Timeout and composite signals are referenced weakly by what aborts them (timer, source
// signals), so unused ones can be collected; while they have 'abort' listeners they are
// kept alive in `gcPersistentSignals`.

const {
  ObjectDefineProperties,
  SafeSet,
  SafeWeakRef,
  Symbol,
  SymbolFor,
  SymbolIterator,
  SymbolToStringTag,
  TypeError,
} = primordials;

const {
  EventTarget,
  Event,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
} = require('internal/event_target');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kTimeout = Symbol('kTimeout');

let domException;
function lazyDOMException() {
  domException ??= require('internal/per_context/domexception').DOMException;
  return domException;
}

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

// `Name { ...fields }`; below depth 0 the object itself, which inspect shows as [Name].
function customInspect(self, fields, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${self.constructor.name} ${lazyInspect().inspect(fields, opts)}`;
}

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && value[kAborted] !== undefined &&
    value instanceof AbortSignal;
}

function validateThisAbortSignal(obj) {
  if (!isAbortSignal(obj)) throw new ERR_INVALID_THIS('AbortSignal');
}

const gcPersistentSignals = new SafeSet();

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined) {
    if (dontThrowKey !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kComposite] = false;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [kInspect](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  // The default reason is created right here, so that its stack starts at abort().
  static abort(reason = new (lazyDOMException())('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kTimeout] = true;
    const ref = new SafeWeakRef(signal);
    const timer = require('timers').setTimeout(() => {
      const target = ref.deref();
      if (target === undefined) return;
      gcPersistentSignals.delete(target);
      const DOMException = lazyDOMException();
      abortSignal(target, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref?.();
    return signal;
  }

  static any(signals) {
    if (signals === null || typeof signals !== 'object' || typeof signals[SymbolIterator] !== 'function') {
      throw sequenceError('signals cannot be converted to sequence.');
    }
    const sources = [];
    let i = 0;
    for (const signal of signals) {
      if (!isAbortSignal(signal)) throw sequenceError(`signals[${i}] is not of type AbortSignal.`);
      sources[i++] = signal;
    }
    const result = new AbortSignal(kDontThrowSymbol);
    result[kComposite] = true;
    for (let j = 0; j < sources.length; j++) {
      if (sources[j][kAborted]) {
        result[kAborted] = true;
        result[kReason] = sources[j][kReason];
        return result;
      }
    }
    result[kSourceSignals] = new SafeSet();
    for (let j = 0; j < sources.length; j++) {
      const source = sources[j];
      // A composite source stands for its own sources: depend on those directly.
      if (source[kComposite]) {
        for (const ref of source[kSourceSignals] ?? []) {
          const s = ref.deref();
          if (s !== undefined) dependOn(result, s);
        }
      } else {
        dependOn(result, source);
      }
    }
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'abort' && !this[kAborted] && (this[kTimeout] || this[kComposite]) && !weak) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0) gcPersistentSignals.delete(this);
  }
}

function sequenceError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function dependOn(dependant, source) {
  for (const ref of dependant[kSourceSignals]) {
    if (ref.deref() === source) return;
  }
  dependant[kSourceSignals].add(new SafeWeakRef(source));
  source[kDependantSignals] ??= new SafeSet();
  source[kDependantSignals].add(new SafeWeakRef(dependant));
}

function fireAbort(signal) {
  gcPersistentSignals.delete(signal);
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const dependants = [];
  const refs = signal[kDependantSignals];
  if (refs !== undefined) {
    for (const ref of refs) {
      const dependant = ref.deref();
      if (dependant !== undefined && !dependant[kAborted]) {
        dependant[kAborted] = true;
        dependant[kReason] = reason;
        dependants[dependants.length] = dependant;
      }
    }
    signal[kDependantSignals] = undefined;
  }
  fireAbort(signal);
  for (let i = 0; i < dependants.length; i++) fireAbort(dependants[i]);
}

const enumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(AbortSignal.prototype, {
  aborted: enumerable,
  [SymbolToStringTag]: {
    __proto__: null, value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
  },
});
defineEventHandler(AbortSignal.prototype, 'abort');

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= new AbortSignal(kDontThrowSymbol);
    return this.#signal;
  }

  abort(reason = new (lazyDOMException())('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= new AbortSignal(kDontThrowSymbol), reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

ObjectDefineProperties(AbortController.prototype, {
  signal: enumerable,
  abort: enumerable,
  [SymbolToStringTag]: {
    __proto__: null, value: 'AbortController', writable: false, enumerable: false, configurable: true,
  },
});

module.exports = {
  AbortController,
  AbortSignal,
  // For core modules: abortSignal(signal, reason) aborts an AbortSignal they created.
  abortSignal,
  isAbortSignal,
  kAborted,
};
