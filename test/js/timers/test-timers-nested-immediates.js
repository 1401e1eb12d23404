'use strict';
const assert = require('assert');
const order = [];
// An immediate queued while immediates run waits for the next loop iteration.
setImmediate(() => {
  order.push('a');
  setImmediate(() => order.push('c'));
  setTimeout(() => order.push('t'), 0);
});
setImmediate(() => order.push('b'));
process.on('exit', () => {
  assert.deepStrictEqual(order.slice(0, 2), ['a', 'b']);
  assert.deepStrictEqual(order.slice(2).sort(), ['c', 't']);
});
