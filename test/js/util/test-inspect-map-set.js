'use strict';
// util.inspect: Map and Set, sizes, nesting, subclasses, extra properties.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

class MyMap extends Map {}
class MySet extends Set {}
const withProps = new Map([[1, 2]]); withProps.extra = true;
const big = new Set(Array.from({ length: 150 }, (_, i) => i));
const nullProtoMap = Object.setPrototypeOf(new Map([['a', 1]]), null);
const nullProtoSet = Object.setPrototypeOf(new Set([1]), null);

assert.strictEqual(util.inspect(new Map()),
                   'Map(0) {}');
assert.strictEqual(util.inspect(new Set()),
                   'Set(0) {}');
assert.strictEqual(util.inspect(new Map([[1, "one"], ["two", 2]])),
                   'Map(2) { 1 => \'one\', \'two\' => 2 }');
assert.strictEqual(util.inspect(new Set([1, "two", [3]])),
                   'Set(3) { 1, \'two\', [ 3 ] }');
assert.strictEqual(util.inspect(new Map([[{ a: 1 }, [1, 2]], [[3], new Set([4])]])),
                   'Map(2) { { a: 1 } => [ 1, 2 ], [ 3 ] => Set(1) { 4 } }');
assert.strictEqual(util.inspect(new Map([[new Map([[1, 2]]), new Map()]])),
                   'Map(1) { Map(1) { 1 => 2 } => Map(0) {} }');
assert.strictEqual(util.inspect(new MyMap([[1, 2]])),
                   'MyMap(1) { 1 => 2 }');
assert.strictEqual(util.inspect(new MySet([1])),
                   'MySet(1) { 1 }');
assert.strictEqual(util.inspect(new MyMap()),
                   'MyMap(0) {}');
assert.strictEqual(util.inspect(withProps),
                   'Map(1) { 1 => 2, extra: true }');
assert.strictEqual(util.inspect(big),
                   'Set(150) {\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29,\n  30,\n  31,\n  32,\n  33,\n  34,\n  35,\n  36,\n  37,\n  38,\n  39,\n  40,\n  41,\n  42,\n  43,\n  44,\n  45,\n  46,\n  47,\n  48,\n  49,\n  50,\n  51,\n  52,\n  53,\n  54,\n  55,\n  56,\n  57,\n  58,\n  59,\n  60,\n  61,\n  62,\n  63,\n  64,\n  65,\n  66,\n  67,\n  68,\n  69,\n  70,\n  71,\n  72,\n  73,\n  74,\n  75,\n  76,\n  77,\n  78,\n  79,\n  80,\n  81,\n  82,\n  83,\n  84,\n  85,\n  86,\n  87,\n  88,\n  89,\n  90,\n  91,\n  92,\n  93,\n  94,\n  95,\n  96,\n  97,\n  98,\n  99,\n  ... 50 more items\n}');
assert.strictEqual(util.inspect(big, { maxArrayLength: 2 }),
                   'Set(150) { 0, 1, ... 148 more items }');
assert.strictEqual(util.inspect(new Map(Array.from({ length: 5 }, (_, i) => [i, i])), { maxArrayLength: 2 }),
                   'Map(5) { 0 => 0, 1 => 1, ... 3 more items }');
assert.strictEqual(util.inspect(nullProtoMap),
                   '[Map(1): null prototype] { \'a\' => 1 }');
assert.strictEqual(util.inspect(nullProtoSet),
                   '[Set(1): null prototype] { 1 }');
assert.strictEqual(util.inspect({ m: { m: { m: new Map([[1, 2]]) } } }),
                   '{ m: { m: { m: [Map] } } }');
assert.strictEqual(util.inspect(new Map([["a".repeat(40), "b".repeat(40)]])),
                   'Map(1) {\n  \'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\' => \'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\'\n}');
assert.strictEqual(util.inspect(new Set([new Set([new Set([new Set([1])])])])),
                   'Set(1) { Set(1) { Set(1) { [Set] } } }');
assert.strictEqual(util.inspect(new Map([[NaN, -0], [undefined, null]])),
                   'Map(2) { NaN => -0, undefined => null }');
