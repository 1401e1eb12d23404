'use strict';
// util.inspect: plain objects, key quoting, nesting and the 80-column line breaking.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect({}),
                   '{}');
assert.strictEqual(util.inspect({ a: 1 }),
                   '{ a: 1 }');
assert.strictEqual(util.inspect({ a: 1, b: "two", c: [3] }),
                   '{ a: 1, b: \'two\', c: [ 3 ] }');
assert.strictEqual(util.inspect({ a: { b: { c: {} } } }),
                   '{ a: { b: { c: {} } } }');
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }),
                   '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.inspect({ "a-b": 1, "1": 2, a1: 3, _x: 4, $y: 5, "é": 6, "": 7 }),
                   '{ \'1\': 2, \'a-b\': 1, a1: 3, _x: 4, \'$y\': 5, \'é\': 6, \'\': 7 }');
assert.strictEqual(util.inspect({ "with space": 1, "quote's": 2, "dq\"": 3 }),
                   '{ \'with space\': 1, "quote\'s": 2, \'dq"\': 3 }');
assert.strictEqual(util.inspect({ __proto__x: 1, ["__proto__"]: 2 }),
                   '{ __proto__x: 1, [\'__proto__\']: 2 }');
assert.strictEqual(util.inspect({ 0: "a", 1: "b", 10: "c", 2: "d" }),
                   '{ \'0\': \'a\', \'1\': \'b\', \'2\': \'d\', \'10\': \'c\' }');
assert.strictEqual(util.inspect({ aaaaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbbbbb: 2, cccccccccccccccccccc: 3, dddddddddd: 4 }),
                   '{\n  aaaaaaaaaaaaaaaa: 1,\n  bbbbbbbbbbbbbbbbbbbb: 2,\n  cccccccccccccccccccc: 3,\n  dddddddddd: 4\n}');
assert.strictEqual(util.inspect({ aaaaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbbbbb: 2, cccccccccccccccccccc: 3, dddddddddddddddddddd: 4 }),
                   '{\n  aaaaaaaaaaaaaaaa: 1,\n  bbbbbbbbbbbbbbbbbbbb: 2,\n  cccccccccccccccccccc: 3,\n  dddddddddddddddddddd: 4\n}');
assert.strictEqual(util.inspect({ a: [1, 2, 3], b: { c: "d", e: [4, 5] }, f: "g".repeat(30), h: null }),
                   '{\n  a: [ 1, 2, 3 ],\n  b: { c: \'d\', e: [ 4, 5 ] },\n  f: \'gggggggggggggggggggggggggggggg\',\n  h: null\n}');
assert.strictEqual(util.inspect({ x: { y: { z: "a long string value that pushes this over the limit of eighty" } } }),
                   '{\n  x: {\n    y: {\n      z: \'a long string value that pushes this over the limit of eighty\'\n    }\n  }\n}');
assert.strictEqual(util.inspect({ a: 1, b: { c: 2, d: { e: 3, f: { g: 4 } } } }),
                   '{ a: 1, b: { c: 2, d: { e: 3, f: [Object] } } }');
assert.strictEqual(util.inspect({ fn() {}, arrow: () => {}, [Symbol("s")]: 1 }),
                   '{ fn: [Function: fn], arrow: [Function: arrow], Symbol(s): 1 }');
assert.strictEqual(util.inspect({ undef: undefined, nul: null, nan: NaN }),
                   '{ undef: undefined, nul: null, nan: NaN }');
assert.strictEqual(util.inspect([{ a: 1, b: 2 }, { a: 3, b: 4 }]),
                   '[ { a: 1, b: 2 }, { a: 3, b: 4 } ]');
assert.strictEqual(util.inspect({ list: [{ id: 1, name: "one" }, { id: 2, name: "two" }, { id: 3, name: "three" }] }),
                   '{\n  list: [\n    { id: 1, name: \'one\' },\n    { id: 2, name: \'two\' },\n    { id: 3, name: \'three\' }\n  ]\n}');
assert.strictEqual(util.inspect(Object.assign(Object.create({ inherited: 1 }), { own: 2 })),
                   '{ own: 2 }');
