'use strict';
// util.inspect: depth option, [Object]/[Array] placeholders, depth null/Infinity.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } }, arr: [[[[['deep']]]]] };
class Box { constructor(v) { this.v = v; } }
const boxes = new Box(new Box(new Box(new Box(1))));

assert.strictEqual(util.inspect(deep),
                   '{ l1: { l2: { l3: [Object] } }, arr: [ [ [Array] ] ] }');
assert.strictEqual(util.inspect(deep, { depth: 0 }),
                   '{ l1: [Object], arr: [Array] }');
assert.strictEqual(util.inspect(deep, { depth: 1 }),
                   '{ l1: { l2: [Object] }, arr: [ [Array] ] }');
assert.strictEqual(util.inspect(deep, { depth: 3 }),
                   '{\n  l1: { l2: { l3: { l4: [Object] } } },\n  arr: [ [ [ [Array] ] ] ]\n}');
assert.strictEqual(util.inspect(deep, { depth: null }),
                   '{\n  l1: {\n    l2: { l3: { l4: { l5: \'bottom\' } } }\n  },\n  arr: [\n    [\n      [ [ [ \'deep\' ] ] ]\n    ]\n  ]\n}');
assert.strictEqual(util.inspect(deep, { depth: Infinity }),
                   '{\n  l1: {\n    l2: { l3: { l4: { l5: \'bottom\' } } }\n  },\n  arr: [\n    [\n      [ [ [ \'deep\' ] ] ]\n    ]\n  ]\n}');
assert.strictEqual(util.inspect(deep, { depth: -1 }),
                   '[Object]');
assert.strictEqual(util.inspect(boxes),
                   'Box { v: Box { v: Box { v: [Box] } } }');
assert.strictEqual(util.inspect(boxes, { depth: 0 }),
                   'Box { v: [Box] }');
assert.strictEqual(util.inspect([deep]),
                   '[ { l1: { l2: [Object] }, arr: [ [Array] ] } ]');
assert.strictEqual(util.inspect([[[[1]]]]),
                   '[ [ [ [Array] ] ] ]');
assert.strictEqual(util.inspect([[[[[]]]]]),
                   '[ [ [ [Array] ] ] ]');
assert.strictEqual(util.inspect([[[[{}]]]]),
                   '[ [ [ [Array] ] ] ]');
assert.strictEqual(util.inspect({ a: { b: { c: new Map([[1, 2]]) } } }),
                   '{ a: { b: { c: [Map] } } }');
assert.strictEqual(util.inspect({ a: { b: { c: new Set([1]) } } }),
                   '{ a: { b: { c: [Set] } } }');
assert.strictEqual(util.inspect({ a: { b: { c: Object.create(null) } } }),
                   '{ a: { b: { c: [Object: null prototype] {} } } }');
assert.strictEqual(util.inspect({ a: { b: { c: { [Symbol.toStringTag]: "T", x: 1 } } } }),
                   '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.inspect({ a: { b: { c: [1, 2] } } }, { depth: 1 }),
                   '{ a: { b: [Object] } }');
assert.strictEqual(util.inspect(new Map([[{ a: { b: { c: 1 } } }, 1]])),
                   'Map(1) { { a: { b: [Object] } } => 1 }');
assert.strictEqual(util.inspect(deep, false, 0),
                   '{ l1: [Object], arr: [Array] }');
assert.strictEqual(util.inspect(deep, false, null),
                   '{\n  l1: {\n    l2: { l3: { l4: { l5: \'bottom\' } } }\n  },\n  arr: [\n    [\n      [ [ [ \'deep\' ] ] ]\n    ]\n  ]\n}');
assert.strictEqual(util.inspect(deep, true, 1),
                   '{ l1: { l2: [Object] }, arr: [ [Array], [length]: 1 ] }');
