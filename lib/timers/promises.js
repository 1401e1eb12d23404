'use strict';
// timers/promises: promise and async-iterator forms of the timers, cancellable by AbortSignal.

const {
  FunctionPrototypeCall,
  Promise,
  PromisePrototypeFinally,
  PromiseReject,
  Symbol,
} = primordials;

const {
  Timeout,
  Immediate,
  active,
  clearTimeout,
  clearImmediate,
} = require('internal/timers');
const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} = require('internal/validators');

const kEmptyObject = { __proto__: null };

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Validates the (delay?, options) pair; returns an error to reject with, or undefined.
function checkOptions(options, delay, hasDelay) {
  try {
    if (hasDelay && delay !== undefined) validateNumber(delay, 'delay');
    validateObject(options, 'options');
    if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    if (options.ref !== undefined) validateBoolean(options.ref, 'options.ref');
  } catch (err) {
    return err;
  }
  return undefined;
}

// Settles `promise`'s cancellation: on abort, cancel the timer and reject.
function withSignal(signal, promise, onAbort) {
  if (signal === undefined) return promise;
  signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
  return PromisePrototypeFinally(promise, () => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = kEmptyObject) {
  const err = checkOptions(options, after, true);
  if (err !== undefined) return PromiseReject(err);
  const { signal, ref = true } = options;
  if (signal?.aborted) return PromiseReject(abortError(signal));
  let timeout; let rejectFn;
  const promise = new Promise((resolve, reject) => {
    rejectFn = reject;
    // Made ref'd then unref'd, like timer.unref(): the loop learns of the state change.
    timeout = new Timeout(resolve, after, [value], false, true);
    active(timeout);
    if (!ref) timeout.unref();
  });
  return withSignal(signal, promise, () => {
    clearTimeout(timeout);
    rejectFn(abortError(signal));
  });
}

function setImmediate(value, options = kEmptyObject) {
  const err = checkOptions(options, undefined, false);
  if (err !== undefined) return PromiseReject(err);
  const { signal, ref = true } = options;
  if (signal?.aborted) return PromiseReject(abortError(signal));
  let immediate; let rejectFn;
  const promise = new Promise((resolve, reject) => {
    rejectFn = reject;
    immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
  });
  return withSignal(signal, promise, () => {
    clearImmediate(immediate);
    rejectFn(abortError(signal));
  });
}

async function* setInterval(after, value, options = kEmptyObject) {
  validateObject(options, 'options');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (options.ref !== undefined) validateBoolean(options.ref, 'options.ref');
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref = true } = options;
  if (signal?.aborted) throw abortError(signal);
  let interval;
  let onAbort;
  try {
    // Ticks that fired while the consumer was busy are yielded one after another.
    let pending = 0;
    let wake;
    interval = new Timeout(() => {
      pending++;
      if (wake !== undefined) {
        const w = wake;
        wake = undefined;
        w();
      }
    }, after, undefined, true, true);
    active(interval);
    if (!ref) interval.unref();
    if (signal !== undefined) {
      onAbort = () => {
        clearTimeout(interval);
        if (wake !== undefined) {
          const w = wake;
          wake = undefined;
          w();
        }
      };
      signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
    }
    while (!signal?.aborted) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      for (; pending > 0 && !signal?.aborted; pending--) yield value;
    }
    throw abortError(signal);
  } finally {
    clearTimeout(interval);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = { __proto__: Scheduler.prototype, [kScheduler]: true };

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
