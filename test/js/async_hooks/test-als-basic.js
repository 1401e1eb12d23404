'use strict';
require('../../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
assert.strictEqual(als.getStore(), undefined);
assert.strictEqual(als.name, '');
const r = als.run({ a: 1 }, (x, y) => {
  assert.deepStrictEqual(als.getStore(), { a: 1 });
  als.run(2, () => assert.strictEqual(als.getStore(), 2));
  assert.deepStrictEqual(als.getStore(), { a: 1 });
  als.exit((z) => { assert.strictEqual(als.getStore(), undefined); assert.strictEqual(z, 'z'); }, 'z');
  return x + y;
}, 3, 4);
assert.strictEqual(r, 7);
assert.strictEqual(als.getStore(), undefined);
// Errors leave the store as it was.
assert.throws(() => als.run(5, () => { throw new Error('boom'); }), /boom/);
assert.strictEqual(als.getStore(), undefined);
// Two stores are independent.
const other = new AsyncLocalStorage({ name: 'other', defaultValue: 'dflt' });
assert.strictEqual(other.name, 'other');
assert.strictEqual(other.getStore(), 'dflt');
als.run(1, () => other.run(2, () => {
  assert.strictEqual(als.getStore(), 1);
  assert.strictEqual(other.getStore(), 2);
}));
// disable() clears the store until the next run/enterWith.
als.run(10, () => {
  als.disable();
  assert.strictEqual(als.getStore(), undefined);
  als.enterWith(11);
  assert.strictEqual(als.getStore(), 11);
});
other.run(3, () => { other.disable(); assert.strictEqual(other.getStore(), 'dflt'); });
assert.throws(() => new AsyncLocalStorage(1), { code: 'ERR_INVALID_ARG_TYPE' });
