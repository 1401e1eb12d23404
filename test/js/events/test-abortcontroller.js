'use strict';
// AbortController / AbortSignal basics: abort once, reason, onabort, trusted event.
const common = require('../../common');
const assert = require('assert');
const util = require('util');

const ac = new AbortController();
const { signal } = ac;
assert.strictEqual(ac.signal, signal);
assert.ok(signal instanceof EventTarget);
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);
assert.strictEqual(signal.onabort, null);
signal.throwIfAborted();
assert.strictEqual(util.inspect(ac), 'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(util.inspect(signal), 'AbortSignal { aborted: false }');
assert.strictEqual(util.inspect(ac, { depth: 0 }), 'AbortController [Object]');
assert.strictEqual(util.inspect(signal, { depth: -1 }), '[AbortSignal]');
assert.strictEqual(Object.prototype.toString.call(ac), '[object AbortController]');
assert.strictEqual(Object.prototype.toString.call(signal), '[object AbortSignal]');

const order = [];
signal.onabort = common.mustCall((e) => {
  order.push('onabort');
  assert.strictEqual(e.type, 'abort');
  assert.strictEqual(e.isTrusted, true);
  assert.strictEqual(signal.aborted, true);
});
signal.addEventListener('abort', common.mustCall(() => order.push('listener')));
ac.abort('why');
ac.abort('again');                                // no second event, reason kept
assert.deepStrictEqual(order, ['onabort', 'listener']);
assert.strictEqual(signal.reason, 'why');
assert.throws(() => signal.throwIfAborted(), (e) => e === 'why');
assert.strictEqual(util.inspect(signal), 'AbortSignal { aborted: true }');

// Default reason: a DOMException named AbortError.
const ac2 = new AbortController();
ac2.abort();
assert.ok(ac2.signal.reason instanceof DOMException);
assert.strictEqual(ac2.signal.reason.name, 'AbortError');
assert.strictEqual(ac2.signal.reason.code, 20);
assert.strictEqual(ac2.signal.reason.message, 'This operation was aborted');
// Explicit undefined also means the default.
const ac3 = new AbortController();
ac3.abort(undefined);
assert.strictEqual(ac3.signal.reason.name, 'AbortError');

// Aborting before the signal is read.
const ac4 = new AbortController();
ac4.abort(1);
assert.strictEqual(ac4.signal.aborted, true);
assert.strictEqual(ac4.signal.reason, 1);

// onabort assignment keeps the first position; null removes it.
const ac5 = new AbortController();
const seen = [];
ac5.signal.onabort = () => seen.push('first handler');
ac5.signal.addEventListener('abort', () => seen.push('listener'));
ac5.signal.onabort = () => seen.push('second handler');
ac5.abort();
assert.deepStrictEqual(seen, ['second handler', 'listener']);
const ac6 = new AbortController();
ac6.signal.onabort = common.mustNotCall();
ac6.signal.onabort = null;
assert.strictEqual(ac6.signal.onabort, null);
ac6.abort();
