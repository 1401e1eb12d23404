'use strict';
// AbortSignal.timeout: a TimeoutError after the delay; the timer does not keep the process alive.
const common = require('../../common');
const assert = require('assert');

const signal = AbortSignal.timeout(10);
assert.strictEqual(signal.aborted, false);
signal.addEventListener('abort', common.mustCall((e) => {
  assert.strictEqual(e.isTrusted, true);
  assert.ok(signal.reason instanceof DOMException);
  assert.strictEqual(signal.reason.name, 'TimeoutError');
  assert.strictEqual(signal.reason.code, 23);
  assert.strictEqual(signal.reason.message, 'The operation was aborted due to timeout');
}));
// Kept waiting by a ref'd timer of our own.
setTimeout(common.mustCall(() => assert.strictEqual(signal.aborted, true)), 50);

// An unreferenced long timeout does not hold the process open: this test ends quickly.
AbortSignal.timeout(1e9);

assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
