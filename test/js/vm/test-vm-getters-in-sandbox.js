'use strict';
// Accessor properties of the sandbox are read through as code runs.
require('../../common');
const assert = require('assert');
const vm = require('vm');

let reads = 0;
const sandbox = {};
Object.defineProperty(sandbox, 'live', { get() { reads++; return reads; }, enumerable: true, configurable: true });
const ctx = vm.createContext(sandbox);
assert.strictEqual(vm.runInContext('live + live', ctx), 3);
assert.strictEqual(reads, 2);
