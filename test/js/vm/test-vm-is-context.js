'use strict';
// isContext and createContext argument checks.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const ctx = vm.createContext();
assert.strictEqual(vm.isContext(ctx), true);
assert.strictEqual(vm.isContext({}), false);
assert.deepStrictEqual(Object.keys(ctx), []);
assert.strictEqual(Object.getPrototypeOf(ctx), Object.prototype);
assert.throws(() => vm.isContext(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "object" argument must be of type object. Received type number (1)',
});
assert.throws(() => vm.createContext(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "object" argument must be of type object. Received type number (1)',
});
const g = vm.createContext(vm.constants.DONT_CONTEXTIFY);
assert.strictEqual(typeof g, 'object');
assert.strictEqual(vm.isContext(g), true);
assert.strictEqual(vm.runInContext('globalThis', g), g);
assert.strictEqual(vm.runInContext('var q = 5; q', g), 5);
assert.strictEqual(g.q, 5);
