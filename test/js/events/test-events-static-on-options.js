'use strict';
// events.on option validation (synchronous throws).
require('../../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

const e = new EventEmitter();
assert.throws(() => on({}, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter. Received an instance of Object',
});
assert.throws(() => on(e, 'x', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received null',
});
assert.throws(() => on(e, 'x', 'str'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'str\')',
});
assert.throws(() => on(e, 'x', { signal: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received an instance of Object',
});
assert.throws(() => on(e, 'x', { highWaterMark: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.highWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. Received -1',
});
assert.throws(() => on(e, 'x', { highWaterMark: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.highWaterMark" property must be of type number. Received type string (\'a\')',
});
assert.throws(() => on(e, 'x', { highWaterMark: 1.5 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.highWaterMark" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => on(e, 'x', { lowWaterMark: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.lowWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
});
// Already aborted: an AbortError, synchronously.
assert.throws(() => on(e, 'x', { signal: AbortSignal.abort('r') }), (err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.cause, 'r');
  return true;
});
// Nothing was left registered by the failed calls.
assert.deepStrictEqual(e.eventNames(), []);
