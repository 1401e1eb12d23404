'use strict';
// validateString through path.
require('../../common');
const assert = require('assert');
const path = require('path');

for (const [value, received] of [
  [1, 'type number (1)'],
  [null, 'null'],
  [true, 'type boolean (true)'],
  [['a'], 'an instance of Array'],
  [() => {}, 'function '],
  [function named() {}, 'function named'],
  [new String('boxed'), 'an instance of String'],
  [Object.create(null), '[Object: null prototype] {}'],
]) {
  assert.throws(() => path.join('a', value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "path" argument must be of type string. Received ${received}`,
  });
}
assert.throws(() => path.basename('/a', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "suffix" argument must be of type string. Received type number (1)',
});
// Long strings are cut in the message.
assert.throws(() => path.basename('/a', Symbol('x'.repeat(40))), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "suffix" argument must be of type string\. Received type symbol \(Symbol\(x+\)\)$/,
});
