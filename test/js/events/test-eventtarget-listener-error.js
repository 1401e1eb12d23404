'use strict';
// A throwing or rejecting listener does not stop the dispatch; its error becomes an
// uncaught exception on a later tick.
const common = require('../../common');
const assert = require('assert');

const et = new EventTarget();
const syncErr = new Error('sync');
const asyncErr = new Error('async');
const order = [];
et.addEventListener('x', () => { throw syncErr; });
et.addEventListener('x', common.mustCall(() => order.push('second')));
et.addEventListener('y', async () => { throw asyncErr; });

const expected = [syncErr, asyncErr];
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(err, expected.shift());
  assert.strictEqual(origin, 'uncaughtException');
  order.push(err.message);
}, 2));

assert.strictEqual(et.dispatchEvent(new Event('x')), true);
assert.deepStrictEqual(order, ['second']);      // not synchronously
process.nextTick(common.mustCall(() => {
  assert.deepStrictEqual(order, ['second', 'sync']);
  et.dispatchEvent(new Event('y'));
}));
process.on('exit', () => assert.deepStrictEqual(order, ['second', 'sync', 'async']));
