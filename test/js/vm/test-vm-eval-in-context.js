'use strict';
// eval and Function inside a context use the context's globals.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const ctx = vm.createContext({ secret: 7 });
assert.strictEqual(vm.runInContext('eval("secret * 2")', ctx), 14);
assert.strictEqual(vm.runInContext('new Function("return secret + 1")()', ctx), 8);
assert.strictEqual(vm.runInContext('(0, eval)("typeof require")', ctx), 'undefined');
