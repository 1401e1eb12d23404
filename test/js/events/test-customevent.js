'use strict';
// CustomEvent: an Event with a detail.
const common = require('../../common');
const assert = require('assert');

const detail = { a: 1 };
const ce = new CustomEvent('foo', { detail, cancelable: true });
assert.ok(ce instanceof Event);
assert.strictEqual(ce.type, 'foo');
assert.strictEqual(ce.detail, detail);
assert.strictEqual(ce.cancelable, true);
assert.strictEqual(new CustomEvent('x').detail, null);
assert.strictEqual(new CustomEvent('x', { detail: undefined }).detail, null);
assert.strictEqual(new CustomEvent('x', { detail: 0 }).detail, 0);
assert.strictEqual(new CustomEvent('x', null).detail, null);
assert.strictEqual(CustomEvent.length, 1);

assert.deepStrictEqual(Object.getOwnPropertyNames(CustomEvent.prototype), ['constructor', 'detail']);
const d = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail');
assert.strictEqual(d.enumerable, true);
assert.strictEqual(d.set, undefined);
assert.strictEqual(Object.prototype.toString.call(ce), '[object CustomEvent]');

assert.throws(() => new CustomEvent(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" argument must be specified',
});
assert.throws(() => new CustomEvent('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => d.get.call(new Event('x')), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type CustomEvent',
});

const et = new EventTarget();
et.addEventListener('foo', common.mustCall((e) => {
  assert.strictEqual(e, ce);
  assert.strictEqual(e.detail, detail);
}));
et.dispatchEvent(ce);
