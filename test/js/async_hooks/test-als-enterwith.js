'use strict';
const common = require('../../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
setTimeout(common.mustCall(() => {
  als.enterWith('in-first');
  assert.strictEqual(als.getStore(), 'in-first');
  setImmediate(common.mustCall(() => assert.strictEqual(als.getStore(), 'in-first')));
  Promise.resolve().then(common.mustCall(() => assert.strictEqual(als.getStore(), 'in-first')));
}), 1);
// A sibling callback does not see the other callback's enterWith.
setTimeout(common.mustCall(() => assert.strictEqual(als.getStore(), undefined)), 5);
als.run('outer', () => {
  als.enterWith('replaced');
  assert.strictEqual(als.getStore(), 'replaced');
});
assert.strictEqual(als.getStore(), undefined);
