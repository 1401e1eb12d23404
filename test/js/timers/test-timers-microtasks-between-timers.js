'use strict';
const assert = require('assert');
const order = [];
setTimeout(() => {
  order.push('t1');
  Promise.resolve().then(() => order.push('t1-promise'));
  process.nextTick(() => order.push('t1-tick'));
}, 0);
setTimeout(() => order.push('t2'), 0);
setImmediate(() => {
  order.push('i1');
  Promise.resolve().then(() => order.push('i1-promise'));
});
setImmediate(() => order.push('i2'));
process.on('exit', () => {
  const t = order.filter((x) => x[0] === 't');
  const i = order.filter((x) => x[0] === 'i');
  assert.deepStrictEqual(t, ['t1', 't1-tick', 't1-promise', 't2']);
  assert.deepStrictEqual(i, ['i1', 'i1-promise', 'i2']);
});
