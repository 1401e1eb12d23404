'use strict';
// Errors thrown inside a context are that context's error objects, with the filename in the stack.
require('../../common');
const assert = require('assert');
const vm = require('vm');

try {
  vm.runInNewContext('throw new TypeError("inside")', {}, { filename: 'inside.vm' });
  assert.fail('should throw');
} catch (e) {
  assert.strictEqual(e.name, 'TypeError');
  assert.strictEqual(e.message, 'inside');
  assert.strictEqual(e instanceof TypeError, false);
  assert.match(e.stack, /inside\.vm:1/);
}
try {
  vm.runInNewContext('missing', {});
} catch (e) {
  assert.strictEqual(e.name, 'ReferenceError');
  assert.strictEqual(e.message, 'missing is not defined');
}
