'use strict';
const assert = require('assert');
const common = require('../../common');
// Inside a timer callback the check phase comes before the next timers phase.
setTimeout(common.mustCall(() => {
  const order = [];
  setTimeout(() => order.push('timeout'), 0);
  setImmediate(() => order.push('immediate'));
  setTimeout(common.mustCall(() => assert.deepStrictEqual(order, ['immediate', 'timeout'])), 5);
}), 1);
