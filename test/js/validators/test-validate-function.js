'use strict';
// validateFunction through public APIs: the "callback" of timers and process.nextTick.
require('../../common');
const assert = require('assert');

const apis = [
  ['setTimeout', (v) => setTimeout(v)],
  ['setInterval', (v) => setInterval(v)],
  ['setImmediate', (v) => setImmediate(v)],
  ['queueMicrotask', (v) => queueMicrotask(v)],
  ['process.nextTick', (v) => process.nextTick(v)],
];
const values = [
  [1, 'type number (1)'],
  ['x', "type string ('x')"],
  [null, 'null'],
  [undefined, 'undefined'],
  [{}, 'an instance of Object'],
  [Symbol('s'), 'type symbol (Symbol(s))'],
  [2n, 'type bigint (2n)'],
  [false, 'type boolean (false)'],
];
for (const [name, call] of apis) {
  for (const [value, received] of values) {
    assert.throws(() => call(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "callback" argument must be of type function. Received ${received}`,
    }, name);
  }
}
