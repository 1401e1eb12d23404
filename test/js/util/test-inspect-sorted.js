'use strict';
// util.inspect: sorted keys (true and custom comparator), in objects, maps, sets.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const obj = { c: 1, a: 2, b: 3, [Symbol('z')]: 4, 10: 5, 2: 6 };
const arr = [3, 1, 2]; arr.z = 1; arr.a = 2;
const byLengthDesc = (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

assert.strictEqual(util.inspect(obj, { sorted: true }),
                   '{ \'10\': 5, \'2\': 6, Symbol(z): 4, a: 2, b: 3, c: 1 }');
assert.strictEqual(util.inspect(obj, { sorted: false }),
                   '{ \'2\': 6, \'10\': 5, c: 1, a: 2, b: 3, Symbol(z): 4 }');
assert.strictEqual(util.inspect(obj, { sorted: byLengthDesc }),
                   '{ Symbol(z): 4, \'10\': 5, \'2\': 6, a: 2, b: 3, c: 1 }');
assert.strictEqual(util.inspect(arr, { sorted: true }),
                   '[ 3, 1, 2, a: 2, z: 1 ]');
assert.strictEqual(util.inspect(new Map([["b", 1], ["a", 2]]), { sorted: true }),
                   'Map(2) { \'a\' => 2, \'b\' => 1 }');
assert.strictEqual(util.inspect(new Set([3, 1, 2]), { sorted: true }),
                   'Set(3) { 1, 2, 3 }');
assert.strictEqual(util.inspect({ b: { d: 1, c: 2 }, a: 0 }, { sorted: true }),
                   '{ a: 0, b: { c: 2, d: 1 } }');
assert.strictEqual(util.inspect(new Map([["b", 1], ["a", 2]]).entries(), { sorted: true }),
                   '[Map Entries] { [ \'a\', 2 ], [ \'b\', 1 ] }');
assert.strictEqual(util.inspect(new Set(["b", "a"]).values(), { sorted: true }),
                   '[Set Iterator] { \'a\', \'b\' }');
assert.strictEqual(util.inspect({ B: 1, a: 2, _: 3, Z: 4 }, { sorted: true }),
                   '{ B: 1, Z: 4, _: 3, a: 2 }');
