'use strict';
const assert = require('assert');
// Language features Node 24 (V8 13.6) has.
assert.deepStrictEqual([1, 2, 3].findLast((x) => x < 3), 2);
assert.strictEqual(Object.hasOwn({ a: 1 }, 'a'), true);
assert.deepStrictEqual([3, 1, 2].toSorted(), [1, 2, 3]);
assert.deepStrictEqual(Object.groupBy([1, 2, 3], (x) => (x % 2 ? 'odd' : 'even')), { __proto__: null, odd: [1, 3], even: [2] });
assert.strictEqual(typeof Promise.withResolvers, 'function');
assert.strictEqual(typeof Iterator.prototype.map, 'function');
assert.deepStrictEqual(new Set([1, 2]).union(new Set([3])).size, 3);
assert.strictEqual('a'.isWellFormed(), true);
assert.strictEqual(/(?<x>a)/d.exec('a').indices.groups.x[0], 0);
assert.strictEqual(typeof Array.fromAsync, 'function');
assert.strictEqual(typeof structuredClone === 'function' || typeof structuredClone === 'undefined', true);
class P { #x = 1; static has(o) { return #x in o; } }
assert.strictEqual(P.has(new P()), true);
assert.strictEqual(typeof Promise.try, 'function');
assert.strictEqual(typeof Error.isError, 'function');
assert.strictEqual(typeof Symbol.dispose, 'symbol');
assert.strictEqual(typeof Symbol.asyncDispose, 'symbol');
// Proposals Node 24 does not ship are absent.
assert.strictEqual(typeof Math.sumPrecise, 'undefined');
assert.strictEqual(typeof Uint8Array.fromBase64, 'undefined');
assert.strictEqual(typeof Map.prototype.getOrInsert, 'undefined');
assert.strictEqual(typeof String.dedent, 'undefined');
