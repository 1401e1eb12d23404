'use strict';
const assert = require('assert');
const order = [];
setTimeout(() => order.push('timeout'), 0);
setImmediate(() => order.push('immediate'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
queueMicrotask(() => order.push('microtask'));
order.push('sync');
process.on('exit', () => {
  // timeout vs immediate from the main script races in Node too; the rest is fixed.
  assert.deepStrictEqual(order.slice(0, 4), ['sync', 'tick', 'promise', 'microtask']);
  assert.deepStrictEqual(order.slice(4).sort(), ['immediate', 'timeout']);
});
