'use strict';
// runInNewContext with no sandbox, a string filename, and values of every kind coming back.
require('../../common');
const assert = require('assert');
const vm = require('vm');

assert.strictEqual(vm.runInNewContext('1 + 2'), 3);
assert.strictEqual(vm.runInNewContext('typeof globalThis'), 'object');
assert.strictEqual(vm.runInNewContext('"str"', {}, 'name.js'), 'str');
assert.strictEqual(vm.runInNewContext('undefined'), undefined);
assert.strictEqual(vm.runInNewContext('10n ** 20n'), 10n ** 20n);
const fn = vm.runInNewContext('(function (x) { return x * 2; })');
assert.strictEqual(fn(21), 42);
const d = vm.runInNewContext('new Date(0)');
assert.strictEqual(d.getTime(), 0);
assert.strictEqual(d instanceof Date, false);
assert.strictEqual(Object.prototype.toString.call(d), '[object Date]');
