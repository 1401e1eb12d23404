'use strict';
// Changes to a context's built-ins stay in that context.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const ctx = vm.createContext({});
vm.runInContext('Array.prototype.extra = 1; Object.prototype.polluted = true;', ctx);
assert.strictEqual([].extra, undefined);
assert.strictEqual({}.polluted, undefined);
assert.strictEqual(vm.runInContext('[].extra', ctx), 1);
assert.strictEqual(vm.runInNewContext('({}).polluted'), undefined);
vm.runInContext('globalThis.JSON = { stringify: () => "fake" }', ctx);
assert.strictEqual(JSON.stringify(1), '1');
assert.strictEqual(vm.runInContext('JSON.stringify(1)', ctx), 'fake');
