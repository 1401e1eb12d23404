'use strict';
const assert = require('assert');
const order = [];
Promise.resolve().then(() => {
  order.push('p1');
  process.nextTick(() => order.push('tick-from-p1'));
  Promise.resolve().then(() => order.push('p2'));
});
process.nextTick(() => {
  order.push('tick1');
  process.nextTick(() => order.push('tick2'));
  Promise.resolve().then(() => order.push('p-from-tick1'));
});
process.on('exit', () => {
  assert.deepStrictEqual(order, ['tick1', 'tick2', 'p1', 'p-from-tick1', 'p2', 'tick-from-p1']);
});
