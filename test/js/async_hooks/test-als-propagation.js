'use strict';
// The store follows callbacks through timers, immediates, nextTick, microtasks and await.
const common = require('../../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const expect = (what, value) => common.mustCall(() => assert.strictEqual(als.getStore(), value, what));
als.run('A', () => {
  setTimeout(expect('timeout', 'A'), 1);
  setTimeout(expect('timeout-args', 'A'), 1, 'x');
  setImmediate(expect('immediate', 'A'));
  process.nextTick(expect('tick', 'A'));
  process.nextTick(expect('tick-args', 'A'), 1, 2);
  queueMicrotask(expect('microtask', 'A'));
  Promise.resolve().then(expect('then', 'A'));
  const iv = setInterval(common.mustCall(() => {
    assert.strictEqual(als.getStore(), 'A');
    clearInterval(iv);
  }), 1);
});
als.run('B', async () => {
  assert.strictEqual(als.getStore(), 'B');
  await null;
  assert.strictEqual(als.getStore(), 'B');
  await new Promise((resolve) => setTimeout(resolve, 2));
  assert.strictEqual(als.getStore(), 'B');
  await require('timers/promises').setImmediate();
  assert.strictEqual(als.getStore(), 'B');
}).then(common.mustCall(() => assert.strictEqual(als.getStore(), undefined)));
// A promise created in one store and awaited in another: the continuation keeps the awaiting store.
const p = als.run('C', () => new Promise((resolve) => setTimeout(resolve, 1)));
als.run('D', () => p.then(expect('then-in-D', 'D')));
setTimeout(expect('outside', undefined), 1);
assert.strictEqual(als.getStore(), undefined);
