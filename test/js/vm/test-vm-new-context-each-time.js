'use strict';
// runInNewContext makes a fresh context every time.
require('../../common');
const assert = require('assert');
const vm = require('vm');

vm.runInNewContext('globalThis.leak = 1');
assert.strictEqual(vm.runInNewContext('typeof leak'), 'undefined');
const sandbox = {};
vm.runInNewContext('var kept = 1', sandbox);
assert.strictEqual(sandbox.kept, 1);
assert.strictEqual(vm.isContext(sandbox), true);
