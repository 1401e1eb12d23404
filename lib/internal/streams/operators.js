'use strict';
// Readable.prototype.map/filter/flatMap/drop/take (return a new stream) and
// forEach/toArray/some/every/find/reduce (return a promise), plus compose().
// map() runs up to `concurrency` calls at once and keeps results in order.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  MathFloor,
  Number,
  NumberIsNaN,
  Promise,
  PromisePrototypeThen,
  ReflectApply,
  Symbol,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
  validateObject,
  validateFunction,
} = require('internal/validators');
const {
  isNodeStream,
  isWritable,
  newAbortController,
} = require('internal/streams/utils');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');
const { finished } = require('internal/streams/end-of-stream');

// Promise.resolve/reject need Promise as `this`.
const PromiseResolve = (value) => ReflectApply(primordials.PromiseResolve, Promise, [value]);
const PromiseReject = (reason) => ReflectApply(primordials.PromiseReject, Promise, [reason]);

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

let staticCompose;

function compose(stream, options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');

  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }

  staticCompose ??= require('internal/streams/compose');
  const composedStream = staticCompose(this, stream);

  if (options?.signal) {
    // options.signal was validated above.
    addAbortSignalNoValidate(options.signal, composedStream);
  }

  return composedStream;
}

// A signal that follows options.signal (or never aborts), for the mapper.
function followSignal(outer) {
  const ac = newAbortController();
  if (outer) {
    if (outer.aborted) {
      ac.abort(outer.reason);
    } else {
      outer.addEventListener('abort', () => ac.abort(outer.reason), { once: true });
    }
  }
  return ac.signal;
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');

  let concurrency = 1;
  if (options?.concurrency != null) concurrency = MathFloor(options.concurrency);

  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = MathFloor(options.highWaterMark);

  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);

  // Results that may wait, in order, on top of those being computed.
  highWaterMark += concurrency;

  return async function* map() {
    const signal = followSignal(options?.signal);
    const stream = this;
    const queue = [];
    const signalOpt = { signal };

    let next;
    let resume;
    let done = false;
    let cnt = 0;

    function onCatch() {
      done = true;
      afterItemProcessed();
    }

    function afterItemProcessed() {
      cnt -= 1;
      maybeResume();
    }

    function maybeResume() {
      if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
        resume();
        resume = null;
      }
    }

    // Pull from the source and start fn() calls while there is room.
    async function pump() {
      try {
        for await (let val of stream) {
          if (done) return;

          if (signal.aborted) throw new AbortError();

          try {
            val = fn(val, signalOpt);

            if (val === kEmpty) continue;

            val = PromiseResolve(val);
          } catch (err) {
            val = PromiseReject(err);
          }

          cnt += 1;

          PromisePrototypeThen(val, afterItemProcessed, onCatch);

          ArrayPrototypePush(queue, val);
          if (next) {
            next();
            next = null;
          }

          if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
            await new Promise((resolve) => {
              resume = resolve;
            });
          }
        }
        ArrayPrototypePush(queue, kEof);
      } catch (err) {
        const val = PromiseReject(err);
        PromisePrototypeThen(val, afterItemProcessed, onCatch);
        ArrayPrototypePush(queue, val);
      } finally {
        done = true;
        if (next) {
          next();
          next = null;
        }
      }
    }

    pump();

    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];

          if (val === kEof) return;

          if (signal.aborted) throw new AbortError();

          if (val !== kEmpty) yield val;

          ArrayPrototypeShift(queue);
          maybeResume();
        }

        await new Promise((resolve) => {
          next = resolve;
        });
      }
    } finally {
      done = true;
      if (resume) {
        resume();
        resume = null;
      }
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  // every(fn) is "not some(not fn)".
  return !(await some.call(this, async (...args) => {
    return !(await fn(...args));
  }, options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) {
    return result;
  }
  return undefined;
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, options) {
    await fn(value, options);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, forEachFn, options));
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, options) {
    if (await fn(value, options)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

function reduceEmptyError() {
  const err = new ERR_MISSING_ARGS('reduce');
  err.message = 'Reduce of an empty stream requires an initial value';
  return err;
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');

  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {}); // The error is reported through the promise.
    await finished(this.destroy(err));
    throw err;
  }
  const ac = newAbortController();
  const signal = ac.signal;
  if (options?.signal) {
    options.signal.addEventListener('abort', () => ac.abort(), { once: true });
  }
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options?.signal?.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw reduceEmptyError();
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');

  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) {
      throw new AbortError(undefined, { cause: options.signal.reason });
    }
    ArrayPrototypePush(result, val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) {
      yield* val;
    }
  }.call(this);
}

function toIntegerOrInfinity(number) {
  // Like the spec's ToIntegerOrInfinity, but negative numbers are rejected.
  number = Number(number);
  if (NumberIsNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');

  number = toIntegerOrInfinity(number);
  return async function* drop() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');

  number = toIntegerOrInfinity(number);
  return async function* take() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling one more item than needed.
      if (number <= 0) return;
    }
  }.call(this);
}

module.exports.streamReturningOperators = {
  __proto__: null,
  drop,
  filter,
  flatMap,
  map,
  take,
};

module.exports.promiseReturningOperators = {
  __proto__: null,
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};

module.exports.compose = compose;
