'use strict';
// util.inspect: long arrays of short entries laid out in aligned columns.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const nums = Array.from({ length: 30 }, (_, i) => i * 7);
const mixedWidth = Array.from({ length: 26 }, (_, i) => 10 ** (i % 6));
const strs = Array.from({ length: 20 }, (_, i) => 'item' + i);
const words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma'.split(' ');
const floats = Array.from({ length: 12 }, (_, i) => i / 3);
const bigs = Array.from({ length: 10 }, (_, i) => BigInt(i) ** 10n);
const negs = Array.from({ length: 16 }, (_, i) => (i % 2 ? -i : i * 1000));
const wide = Array.from({ length: 10 }, (_, i) => '日本'.repeat(i % 3 + 1));

assert.strictEqual(util.inspect(nums),
                   '[\n    0,   7,  14,  21,  28,  35,  42,  49,\n   56,  63,  70,  77,  84,  91,  98, 105,\n  112, 119, 126, 133, 140, 147, 154, 161,\n  168, 175, 182, 189, 196, 203\n]');
assert.strictEqual(util.inspect(mixedWidth),
                   '[\n      1,     10,   100,   1000,\n  10000, 100000,     1,     10,\n    100,   1000, 10000, 100000,\n      1,     10,   100,   1000,\n  10000, 100000,     1,     10,\n    100,   1000, 10000, 100000,\n      1,     10\n]');
assert.strictEqual(util.inspect(strs),
                   '[\n  \'item0\',  \'item1\',  \'item2\',\n  \'item3\',  \'item4\',  \'item5\',\n  \'item6\',  \'item7\',  \'item8\',\n  \'item9\',  \'item10\', \'item11\',\n  \'item12\', \'item13\', \'item14\',\n  \'item15\', \'item16\', \'item17\',\n  \'item18\', \'item19\'\n]');
assert.strictEqual(util.inspect(words),
                   '[\n  \'alpha\', \'beta\',    \'gamma\',\n  \'delta\', \'epsilon\', \'zeta\',\n  \'eta\',   \'theta\',   \'iota\',\n  \'kappa\', \'lambda\',  \'mu\',\n  \'nu\',    \'xi\',      \'omicron\',\n  \'pi\',    \'rho\',     \'sigma\'\n]');
assert.strictEqual(util.inspect(floats),
                   '[\n  0,\n  0.3333333333333333,\n  0.6666666666666666,\n  1,\n  1.3333333333333333,\n  1.6666666666666667,\n  2,\n  2.3333333333333335,\n  2.6666666666666665,\n  3,\n  3.3333333333333335,\n  3.6666666666666665\n]');
assert.strictEqual(util.inspect(bigs),
                   '[\n           0n,          1n,\n        1024n,      59049n,\n     1048576n,    9765625n,\n    60466176n,  282475249n,\n  1073741824n, 3486784401n\n]');
assert.strictEqual(util.inspect(negs),
                   '[\n      0,  -1,  2000,  -3,\n   4000,  -5,  6000,  -7,\n   8000,  -9, 10000, -11,\n  12000, -13, 14000, -15\n]');
assert.strictEqual(util.inspect(wide),
                   '[\n  \'日本\',         \'日本日本\',\n  \'日本日本日本\', \'日本\',\n  \'日本日本\',     \'日本日本日本\',\n  \'日本\',         \'日本日本\',\n  \'日本日本日本\', \'日本\'\n]');
assert.strictEqual(util.inspect([1, 2, 3, 4, 5, 6]),
                   '[ 1, 2, 3, 4, 5, 6 ]');
assert.strictEqual(util.inspect([1, 2, 3, 4, 5, 6, 7]),
                   '[\n  1, 2, 3, 4,\n  5, 6, 7\n]');
assert.strictEqual(util.inspect(Array.from({ length: 7 }, () => "x".repeat(16))),
                   '[\n  \'xxxxxxxxxxxxxxxx\',\n  \'xxxxxxxxxxxxxxxx\',\n  \'xxxxxxxxxxxxxxxx\',\n  \'xxxxxxxxxxxxxxxx\',\n  \'xxxxxxxxxxxxxxxx\',\n  \'xxxxxxxxxxxxxxxx\',\n  \'xxxxxxxxxxxxxxxx\'\n]');
assert.strictEqual(util.inspect(Array.from({ length: 101 }, (_, i) => i)),
                   '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]');
assert.strictEqual(util.inspect(Array.from({ length: 250 }, (_, i) => i % 10)),
                   '[\n  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,\n  2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,\n  4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,\n  6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7,\n  8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,\n  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,\n  2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,\n  4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,\n  6, 7, 8, 9,\n  ... 150 more items\n]');
assert.strictEqual(util.inspect(nums, { breakLength: 40 }),
                   '[\n    0,   7,  14,  21,  28,  35,  42,  49,\n   56,  63,  70,  77,  84,  91,  98, 105,\n  112, 119, 126, 133, 140, 147, 154, 161,\n  168, 175, 182, 189, 196, 203\n]');
assert.strictEqual(util.inspect(nums, { compact: 1 }),
                   '[\n    0,   7,  14,  21,\n   28,  35,  42,  49,\n   56,  63,  70,  77,\n   84,  91,  98, 105,\n  112, 119, 126, 133,\n  140, 147, 154, 161,\n  168, 175, 182, 189,\n  196, 203\n]');
assert.strictEqual(util.inspect(nums, { compact: 2 }),
                   '[\n    0,   7,  14,  21,  28,  35,  42,  49,\n   56,  63,  70,  77,  84,  91,  98, 105,\n  112, 119, 126, 133, 140, 147, 154, 161,\n  168, 175, 182, 189, 196, 203\n]');
assert.strictEqual(util.inspect(nums, { compact: false }),
                   '[\n  0,\n  7,\n  14,\n  21,\n  28,\n  35,\n  42,\n  49,\n  56,\n  63,\n  70,\n  77,\n  84,\n  91,\n  98,\n  105,\n  112,\n  119,\n  126,\n  133,\n  140,\n  147,\n  154,\n  161,\n  168,\n  175,\n  182,\n  189,\n  196,\n  203\n]');
assert.strictEqual(util.inspect(nums, { compact: true }),
                   '[ 0,\n  7,\n  14,\n  21,\n  28,\n  35,\n  42,\n  49,\n  56,\n  63,\n  70,\n  77,\n  84,\n  91,\n  98,\n  105,\n  112,\n  119,\n  126,\n  133,\n  140,\n  147,\n  154,\n  161,\n  168,\n  175,\n  182,\n  189,\n  196,\n  203 ]');
assert.strictEqual(util.inspect({ nested: { nums } }),
                   '{\n  nested: {\n    nums: [\n        0,   7,  14,  21,  28,  35,  42,  49,\n       56,  63,  70,  77,  84,  91,  98, 105,\n      112, 119, 126, 133, 140, 147, 154, 161,\n      168, 175, 182, 189, 196, 203\n    ]\n  }\n}');
assert.strictEqual(util.inspect([nums]),
                   '[\n  [\n      0,   7,  14,  21,  28,  35,  42,  49,\n     56,  63,  70,  77,  84,  91,  98, 105,\n    112, 119, 126, 133, 140, 147, 154, 161,\n    168, 175, 182, 189, 196, 203\n  ]\n]');
assert.strictEqual(util.inspect(strs, { maxArrayLength: 10 }),
                   '[\n  \'item0\', \'item1\',\n  \'item2\', \'item3\',\n  \'item4\', \'item5\',\n  \'item6\', \'item7\',\n  \'item8\', \'item9\',\n  ... 10 more items\n]');
assert.strictEqual(util.inspect(nums, { numericSeparator: true }),
                   '[\n    0,   7,  14,  21,  28,  35,  42,  49,\n   56,  63,  70,  77,  84,  91,  98, 105,\n  112, 119, 126, 133, 140, 147, 154, 161,\n  168, 175, 182, 189, 196, 203\n]');
assert.strictEqual(util.inspect(Array.from({ length: 30 }, (_, i) => i * 1e5)),
                   '[\n        0,  100000,  200000,  300000,\n   400000,  500000,  600000,  700000,\n   800000,  900000, 1000000, 1100000,\n  1200000, 1300000, 1400000, 1500000,\n  1600000, 1700000, 1800000, 1900000,\n  2000000, 2100000, 2200000, 2300000,\n  2400000, 2500000, 2600000, 2700000,\n  2800000, 2900000\n]');
assert.strictEqual(util.inspect(Array.from({ length: 8 }, (_, i) => ({ i }))),
                   '[\n  { i: 0 }, { i: 1 },\n  { i: 2 }, { i: 3 },\n  { i: 4 }, { i: 5 },\n  { i: 6 }, { i: 7 }\n]');
assert.strictEqual(util.inspect([1, 2, 3, 4, 5, 6, 7, "x".repeat(80)]),
                   '[\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'\n]');
assert.strictEqual(util.inspect(Array.from({ length: 30 }, (_, i) => i % 3 ? i : "s" + i)),
                   '[\n  \'s0\',  1,  2,  \'s3\',  4,  5,\n  \'s6\',  7,  8,  \'s9\',  10, 11,\n  \'s12\', 13, 14, \'s15\', 16, 17,\n  \'s18\', 19, 20, \'s21\', 22, 23,\n  \'s24\', 25, 26, \'s27\', 28, 29\n]');
assert.strictEqual(util.inspect(nums.concat([undefined, null])),
                   '[\n  0,   7,   14,        21,\n  28,  35,  42,        49,\n  56,  63,  70,        77,\n  84,  91,  98,        105,\n  112, 119, 126,       133,\n  140, 147, 154,       161,\n  168, 175, 182,       189,\n  196, 203, undefined, null\n]');
assert.strictEqual(util.inspect(new Uint8Array(40)),
                   'Uint8Array(40) [\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0\n]');
assert.strictEqual(util.inspect(new Float32Array(Array.from({ length: 20 }, (_, i) => i / 4))),
                   'Float32Array(20) [\n     0, 0.25,  0.5, 0.75,    1,\n  1.25,  1.5, 1.75,    2, 2.25,\n   2.5, 2.75,    3, 3.25,  3.5,\n  3.75,    4, 4.25,  4.5, 4.75\n]');
