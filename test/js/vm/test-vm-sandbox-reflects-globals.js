'use strict';
// The contextified object and the context's globals reflect each other.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const sandbox = { a: 1, Array: 'shadowed' };
const ctx = vm.createContext(sandbox);
assert.strictEqual(vm.createContext(ctx), ctx);
assert.strictEqual(vm.runInContext('Array', ctx), 'shadowed');
vm.runInContext('var x = 2; y = 3; function f() { return a; } a++; globalThis.w = 4;', ctx);
assert.strictEqual(sandbox.a, 2);
assert.strictEqual(sandbox.x, 2);
assert.strictEqual(sandbox.y, 3);
assert.strictEqual(sandbox.w, 4);
assert.strictEqual(typeof sandbox.f, 'function');
assert.strictEqual(sandbox.f(), 2);
assert.deepStrictEqual(Object.keys(sandbox).sort(), ['Array', 'a', 'f', 'w', 'x', 'y']);
sandbox.b = 7;
assert.strictEqual(vm.runInContext('b * a', ctx), 14);
sandbox.a = 10;
assert.strictEqual(vm.runInContext('a', ctx), 10);
assert.strictEqual(vm.runInContext('f()', ctx), 10);
assert.throws(() => vm.runInContext('notDefinedAnywhere', ctx), (e) => e.name === 'ReferenceError');
