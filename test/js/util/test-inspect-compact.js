'use strict';
// util.inspect: compact false / true / numbers.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const value = { a: 1, b: { c: [1, 2, { d: 'x' }], e: new Map([['k', { v: 1 }]]) }, f: 'text' };
const small = { a: 1, b: [2] };
const err = new Error('e'); err.stack = 'Error: e\n    at frame (file.js:1:1)';

assert.strictEqual(util.inspect(value),
                   '{\n  a: 1,\n  b: { c: [ 1, 2, [Object] ], e: Map(1) { \'k\' => [Object] } },\n  f: \'text\'\n}');
assert.strictEqual(util.inspect(value, { compact: false }),
                   '{\n  a: 1,\n  b: {\n    c: [\n      1,\n      2,\n      [Object]\n    ],\n    e: Map(1) {\n      \'k\' => [Object]\n    }\n  },\n  f: \'text\'\n}');
assert.strictEqual(util.inspect(value, { compact: true }),
                   '{ a: 1, b: { c: [ 1, 2, [Object] ], e: Map(1) { \'k\' => [Object] } }, f: \'text\' }');
assert.strictEqual(util.inspect(value, { compact: 0 }),
                   '{\n  a: 1,\n  b: {\n    c: [\n      1,\n      2,\n      [Object]\n    ],\n    e: Map(1) {\n      \'k\' => [Object]\n    }\n  },\n  f: \'text\'\n}');
assert.strictEqual(util.inspect(value, { compact: 1 }),
                   '{\n  a: 1,\n  b: {\n    c: [ 1, 2, [Object] ],\n    e: Map(1) { \'k\' => [Object] }\n  },\n  f: \'text\'\n}');
assert.strictEqual(util.inspect(value, { compact: 2 }),
                   '{\n  a: 1,\n  b: { c: [ 1, 2, [Object] ], e: Map(1) { \'k\' => [Object] } },\n  f: \'text\'\n}');
assert.strictEqual(util.inspect(value, { compact: 5 }),
                   '{\n  a: 1,\n  b: { c: [ 1, 2, [Object] ], e: Map(1) { \'k\' => [Object] } },\n  f: \'text\'\n}');
assert.strictEqual(util.inspect(small, { compact: false }),
                   '{\n  a: 1,\n  b: [\n    2\n  ]\n}');
assert.strictEqual(util.inspect(small, { compact: true }),
                   '{ a: 1, b: [ 2 ] }');
assert.strictEqual(util.inspect([], { compact: false }),
                   '[]');
assert.strictEqual(util.inspect({}, { compact: false }),
                   '{}');
assert.strictEqual(util.inspect([[1, [2, [3]]]], { compact: 1 }),
                   '[\n  [\n    1,\n    [ 2, [Array] ]\n  ]\n]');
assert.strictEqual(util.inspect([[1, [2, [3]]]], { compact: 2 }),
                   '[\n  [ 1, [ 2, [Array] ] ]\n]');
assert.strictEqual(util.inspect(value, { compact: true, breakLength: 30 }),
                   '{ a: 1,\n  b:\n   { c: [ 1, 2, [Object] ],\n     e: Map(1) { \'k\' => [Object] } },\n  f: \'text\' }');
assert.strictEqual(util.inspect(value, { compact: false, breakLength: Infinity }),
                   '{\n  a: 1,\n  b: {\n    c: [\n      1,\n      2,\n      [Object]\n    ],\n    e: Map(1) {\n      \'k\' => [Object]\n    }\n  },\n  f: \'text\'\n}');
assert.strictEqual(util.inspect({ s: "line1\nline2 which is long enough to be split across lines for sure" }, { compact: true }),
                   '{ s: \'line1\\nline2 which is long enough to be split across lines for sure\' }');
assert.strictEqual(util.inspect({ err }, { compact: true }),
                   '{ err: Error: e\n       at frame (file.js:1:1) }');
assert.strictEqual(util.inspect({ err }, { compact: false }),
                   '{\n  err: Error: e\n      at frame (file.js:1:1)\n}');
assert.strictEqual(util.inspect({ k: { x: "long string number one", y: "long string number two", z: "three" } }, { compact: true }),
                   '{ k: { x: \'long string number one\', y: \'long string number two\', z: \'three\' } }');
assert.strictEqual(util.inspect({ k: { x: "long string number one", y: "long string number two", z: "three" } }, { compact: true, breakLength: 40 }),
                   '{ k:\n   { x: \'long string number one\',\n     y: \'long string number two\',\n     z: \'three\' } }');
assert.strictEqual(util.inspect(new Set([value]), { compact: false }),
                   'Set(1) {\n  {\n    a: 1,\n    b: {\n      c: [Array],\n      e: [Map]\n    },\n    f: \'text\'\n  }\n}');
assert.strictEqual(util.inspect(Array.from({ length: 10 }, (_, i) => i), { compact: false }),
                   '[\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9\n]');
