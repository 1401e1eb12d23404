'use strict';
const assert = require('assert');
const order = [];
for (let i = 0; i < 20; i++) setTimeout(() => order.push(i), 2);
setTimeout(() => order.push('later'), 10);
process.on('exit', () => {
  assert.deepStrictEqual(order, [...Array(20).keys(), 'later']);
});
