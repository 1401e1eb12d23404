'use strict';
// util.inspect: Map and Set iterators, partially consumed, entries, depth.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const map = new Map([['a', 1], ['b', { x: 2 }], ['c', [3]]]);
const set = new Set(['one', 'two', 'three']);
const consumed = map.entries(); consumed.next();
const setConsumed = set.values(); setConsumed.next(); setConsumed.next();
const done = set.values(); for (const _ of done);
const big = new Set(Array.from({ length: 150 }, (_, i) => i));

assert.strictEqual(util.inspect(map.keys()),
                   '[Map Iterator] { \'a\', \'b\', \'c\' }');
assert.strictEqual(util.inspect(map.values()),
                   '[Map Iterator] { 1, { x: 2 }, [ 3 ] }');
assert.strictEqual(util.inspect(map.entries()),
                   '[Map Entries] { [ \'a\', 1 ], [ \'b\', { x: 2 } ], [ \'c\', [ 3 ] ] }');
assert.strictEqual(util.inspect(map[Symbol.iterator]()),
                   '[Map Entries] { [ \'a\', 1 ], [ \'b\', { x: 2 } ], [ \'c\', [ 3 ] ] }');
assert.strictEqual(util.inspect(set.values()),
                   '[Set Iterator] { \'one\', \'two\', \'three\' }');
assert.strictEqual(util.inspect(set.keys()),
                   '[Set Iterator] { \'one\', \'two\', \'three\' }');
assert.strictEqual(util.inspect(set.entries()),
                   '[Set Entries] {\n  [ \'one\', \'one\' ],\n  [ \'two\', \'two\' ],\n  [ \'three\', \'three\' ]\n}');
assert.strictEqual(util.inspect(consumed),
                   '[Map Entries] { [ \'b\', { x: 2 } ], [ \'c\', [ 3 ] ] }');
assert.strictEqual(util.inspect(setConsumed),
                   '[Set Iterator] { \'three\' }');
assert.strictEqual(util.inspect(done),
                   '[Set Iterator] {  }');
assert.strictEqual(util.inspect(big.values()),
                   '[Set Iterator] {\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29,\n  30,\n  31,\n  32,\n  33,\n  34,\n  35,\n  36,\n  37,\n  38,\n  39,\n  40,\n  41,\n  42,\n  43,\n  44,\n  45,\n  46,\n  47,\n  48,\n  49,\n  50,\n  51,\n  52,\n  53,\n  54,\n  55,\n  56,\n  57,\n  58,\n  59,\n  60,\n  61,\n  62,\n  63,\n  64,\n  65,\n  66,\n  67,\n  68,\n  69,\n  70,\n  71,\n  72,\n  73,\n  74,\n  75,\n  76,\n  77,\n  78,\n  79,\n  80,\n  81,\n  82,\n  83,\n  84,\n  85,\n  86,\n  87,\n  88,\n  89,\n  90,\n  91,\n  92,\n  93,\n  94,\n  95,\n  96,\n  97,\n  98,\n  99,\n  ... 50 more items\n}');
assert.strictEqual(util.inspect(big.values(), { maxArrayLength: 3 }),
                   '[Set Iterator] { 0, 1, 2, ... 147 more items }');
assert.strictEqual(util.inspect(map.entries(), { maxArrayLength: 1 }),
                   '[Map Entries] { [ \'a\', 1 ], ... 2 more items }');
assert.strictEqual(util.inspect({ it: { it: { it: map.entries() } } }),
                   '{ it: { it: { it: [Object [Map Iterator]] } } }');
assert.strictEqual(util.inspect(map.entries(), { depth: 0 }),
                   '[Map Entries] { [ \'a\', 1 ], [ \'b\', [Object] ], [ \'c\', [Array] ] }');
assert.strictEqual(util.inspect(Object.getPrototypeOf(map.entries())),
                   'Object [Map Iterator] {}');
assert.strictEqual(util.inspect(Object.getPrototypeOf(set.values())),
                   'Object [Set Iterator] {}');
assert.strictEqual(util.inspect([1, 2].values()),
                   'Object [Array Iterator] {}');
assert.strictEqual(util.inspect("ab"[Symbol.iterator]()),
                   'Object [String Iterator] {}');
assert.strictEqual(util.inspect((function* g() {})()),
                   'Object [Generator] {}');
assert.strictEqual(util.inspect(map.values(), { compact: false }),
                   '[Map Iterator] {\n  1,\n  {\n    x: 2\n  },\n  [\n    3\n  ]\n}');
