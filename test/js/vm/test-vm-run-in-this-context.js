'use strict';
// runInThisContext sees and creates real globals, but not the module's locals.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const local = 'module local';
assert.strictEqual(vm.runInThisContext('typeof local'), 'undefined');
vm.runInThisContext('var vmCreatedGlobal = 42;');
assert.strictEqual(globalThis.vmCreatedGlobal, 42);
assert.strictEqual(vm.runInThisContext('globalThis === this'), true);
assert.strictEqual(vm.runInThisContext('Object') === Object, true);
assert.strictEqual(local, 'module local');
