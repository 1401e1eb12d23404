'use strict';
// Helpers shared by the WHATWG stream classes: the internal-slot symbol, promise plumbing,
// queue-with-sizes operations and queuing-strategy extraction (Streams Standard §8).

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  MathMax,
  NumberIsNaN,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  ReflectApply,
  SymbolFor,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');

// Each stream object keeps its spec slots in one plain object under this key; `kind` brands it.
const kState = SymbolFor('node4j.webstreams.state');

function slots(obj, kind) {
  const s = obj !== null && (typeof obj === 'object' || typeof obj === 'function') ? obj[kState] : undefined;
  return s !== undefined && s.kind === kind ? s : undefined;
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject, settled: false };
}

function settle(d, ok, value) {
  if (d.settled) return;
  d.settled = true;
  if (ok) d.resolve(value);
  else d.reject(value);
}

function markHandled(promise) {
  PromisePrototypeThen(promise, undefined, () => {});
  return promise;
}

function then(promise, onFulfilled, onRejected) {
  return PromisePrototypeThen(promise, onFulfilled, onRejected);
}

// Calls obj[name](...args) if it exists, as a promise: a throw becomes a rejection.
function promiseCall(fn, thisArg, args) {
  if (fn === undefined) return PromiseResolve();
  try {
    return PromiseResolve(ReflectApply(fn, thisArg, args));
  } catch (err) {
    return PromiseReject(err);
  }
}

function enqueueValueWithSize(s, value, size) {
  size = +size;
  if (typeof size !== 'number' || NumberIsNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  ArrayPrototypePush(s.queue, { value, size });
  s.queueTotalSize += size;
}

function dequeueValue(s) {
  const pair = ArrayPrototypeShift(s.queue);
  s.queueTotalSize = MathMax(0, s.queueTotalSize - pair.size);
  return pair.value;
}

function peekQueueValue(s) {
  return s.queue[0].value;
}

function resetQueue(s) {
  s.queue = [];
  s.queueTotalSize = 0;
}

function extractHighWaterMark(strategy, defaultHWM) {
  const hwm = strategy?.highWaterMark;
  if (hwm === undefined) return defaultHWM;
  const n = +hwm;
  if (NumberIsNaN(n) || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  return n;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy?.size;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

function lazyDOMException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

module.exports = {
  deferred,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  kState,
  lazyDOMException,
  markHandled,
  peekQueueValue,
  promiseCall,
  resetQueue,
  settle,
  slots,
  then,
};
