'use strict';
// util.inspect: arrays, holes, extra properties, maxArrayLength.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const holes = [1, , 3]; // eslint-disable-line no-sparse-arrays
const trailing = [1, 2]; trailing.length = 5;
const sparse = []; sparse[5] = 'x'; sparse[10] = 'y';
const extra = [1, 2]; extra.prop = 'p'; extra[Symbol('s')] = 1;
const big = Array.from({ length: 120 }, (_, i) => i);
const empties = new Array(3);
const hiddenProp = [1]; Object.defineProperty(hiddenProp, 'h', { value: 2 });

assert.strictEqual(util.inspect([]),
                   '[]');
assert.strictEqual(util.inspect([1]),
                   '[ 1 ]');
assert.strictEqual(util.inspect([1, 2, 3]),
                   '[ 1, 2, 3 ]');
assert.strictEqual(util.inspect(["a", "b"]),
                   '[ \'a\', \'b\' ]');
assert.strictEqual(util.inspect([[]]),
                   '[ [] ]');
assert.strictEqual(util.inspect([[], {}]),
                   '[ [], {} ]');
assert.strictEqual(util.inspect(holes),
                   '[ 1, <1 empty item>, 3 ]');
assert.strictEqual(util.inspect(trailing),
                   '[ 1, 2, <3 empty items> ]');
assert.strictEqual(util.inspect(sparse),
                   '[ <5 empty items>, \'x\', <4 empty items>, \'y\' ]');
assert.strictEqual(util.inspect(empties),
                   '[ <3 empty items> ]');
assert.strictEqual(util.inspect(new Array(1)),
                   '[ <1 empty item> ]');
assert.strictEqual(util.inspect(extra),
                   '[ 1, 2, prop: \'p\', Symbol(s): 1 ]');
assert.strictEqual(util.inspect(hiddenProp),
                   '[ 1 ]');
assert.strictEqual(util.inspect(hiddenProp, { showHidden: true }),
                   '[ 1, [length]: 1, [h]: 2 ]');
assert.strictEqual(util.inspect(big),
                   '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 20 more items\n]');
assert.strictEqual(util.inspect(big, { maxArrayLength: 3 }),
                   '[ 0, 1, 2, ... 117 more items ]');
assert.strictEqual(util.inspect(big, { maxArrayLength: 0 }),
                   '[ ... 120 more items ]');
assert.strictEqual(util.inspect(big, { maxArrayLength: -1 }),
                   '[ ... 120 more items ]');
assert.strictEqual(util.inspect(big, { maxArrayLength: 119 }),
                   '[\n    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,  10,  11,\n   12,  13,  14,  15,  16,  17,  18,  19,  20,  21,  22,  23,\n   24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,\n   36,  37,  38,  39,  40,  41,  42,  43,  44,  45,  46,  47,\n   48,  49,  50,  51,  52,  53,  54,  55,  56,  57,  58,  59,\n   60,  61,  62,  63,  64,  65,  66,  67,  68,  69,  70,  71,\n   72,  73,  74,  75,  76,  77,  78,  79,  80,  81,  82,  83,\n   84,  85,  86,  87,  88,  89,  90,  91,  92,  93,  94,  95,\n   96,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107,\n  108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118,\n  ... 1 more item\n]');
assert.strictEqual(util.inspect(big, { maxArrayLength: null }),
                   '[\n    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,  10,  11,\n   12,  13,  14,  15,  16,  17,  18,  19,  20,  21,  22,  23,\n   24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,\n   36,  37,  38,  39,  40,  41,  42,  43,  44,  45,  46,  47,\n   48,  49,  50,  51,  52,  53,  54,  55,  56,  57,  58,  59,\n   60,  61,  62,  63,  64,  65,  66,  67,  68,  69,  70,  71,\n   72,  73,  74,  75,  76,  77,  78,  79,  80,  81,  82,  83,\n   84,  85,  86,  87,  88,  89,  90,  91,  92,  93,  94,  95,\n   96,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107,\n  108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119\n]');
assert.strictEqual(util.inspect([1, 2, 3], { maxArrayLength: 2 }),
                   '[ 1, 2, ... 1 more item ]');
assert.strictEqual(util.inspect([1, 2], { maxArrayLength: 1 }),
                   '[ 1, ... 1 more item ]');
assert.strictEqual(util.inspect(sparse, { maxArrayLength: 1 }),
                   '[ <5 empty items>, ... 6 more items ]');
assert.strictEqual(util.inspect(sparse, { maxArrayLength: 2 }),
                   '[ <5 empty items>, \'x\', ... 5 more items ]');
assert.strictEqual(util.inspect(holes, { maxArrayLength: 2 }),
                   '[ 1, <1 empty item>, ... 1 more item ]');
assert.strictEqual(util.inspect(Object.assign([], { length: 0, x: 1 })),
                   '[ x: 1 ]');
assert.strictEqual(util.inspect([undefined, null]),
                   '[ undefined, null ]');
assert.strictEqual(util.inspect([, undefined]),
                   '[ <1 empty item>, undefined ]');
assert.strictEqual(util.inspect(Array(200).fill("ab")),
                   '[\n  \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\',\n  \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\',\n  \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\',\n  \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\',\n  \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\',\n  \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\',\n  \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\',\n  \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\',\n  \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\',\n  \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\', \'ab\',\n  ... 100 more items\n]');
assert.strictEqual(util.inspect([["nested", ["deeper", ["deepest", ["gone"]]]]]),
                   '[ [ \'nested\', [ \'deeper\', [Array] ] ] ]');
assert.strictEqual(util.inspect([{ a: 1 }, [2], "three", 4n, Symbol("five")]),
                   '[ { a: 1 }, [ 2 ], \'three\', 4n, Symbol(five) ]');
