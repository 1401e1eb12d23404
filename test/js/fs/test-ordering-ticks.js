'use strict';
// Callbacks run as macrotasks: nextTicks and promise jobs queued before them run first.
const common = require('../../common');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'x');
const order = [];
fs.stat(p('f'), common.mustSucceed(() => {
  order.push('stat');
  process.nextTick(() => order.push('tick in cb'));
  Promise.resolve().then(() => {
    order.push('microtask in cb');
    console.log(order.join(','));
  });
}));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
