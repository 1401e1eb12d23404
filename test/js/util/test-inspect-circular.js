'use strict';
// util.inspect: circular references <ref *N> and [Circular *N].
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const self = { name: 'self' }; self.me = self;
const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b;
const arr = [1]; arr.push(arr);
const map = new Map(); map.set('self', map); map.set(map, 'key');
const set = new Set(); set.add(set);
const two = { x: {}, y: {} }; two.x.parent = two; two.y.parent = two; two.x.sib = two.y; two.y.sib = two.x;
const nested = { l1: { l2: {} } }; nested.l1.l2.back = nested.l1; nested.l1.l2.top = nested;
const p = Promise.resolve(null); const holder = { p }; const pr = Promise.resolve(holder); holder.pr = pr;
class Node { constructor() { this.next = this; } }

assert.strictEqual(util.inspect(self),
                   '<ref *1> { name: \'self\', me: [Circular *1] }');
assert.strictEqual(util.inspect(a),
                   '<ref *1> { name: \'a\', b: { name: \'b\', a: [Circular *1] } }');
assert.strictEqual(util.inspect(b),
                   '<ref *1> { name: \'b\', a: { name: \'a\', b: [Circular *1] } }');
assert.strictEqual(util.inspect(arr),
                   '<ref *1> [ 1, [Circular *1] ]');
assert.strictEqual(util.inspect(map),
                   '<ref *1> Map(2) { \'self\' => [Circular *1], [Circular *1] => \'key\' }');
assert.strictEqual(util.inspect(set),
                   '<ref *1> Set(1) { [Circular *1] }');
assert.strictEqual(util.inspect(two),
                   '<ref *1> {\n  x: <ref *2> {\n    parent: [Circular *1],\n    sib: { parent: [Circular *1], sib: [Circular *2] }\n  },\n  y: <ref *3> {\n    parent: [Circular *1],\n    sib: <ref *2> { parent: [Circular *1], sib: [Circular *3] }\n  }\n}');
assert.strictEqual(util.inspect(nested),
                   '<ref *2> {\n  l1: <ref *1> { l2: { back: [Circular *1], top: [Circular *2] } }\n}');
assert.strictEqual(util.inspect(pr),
                   '<ref *1> Promise { { p: Promise { null }, pr: [Circular *1] } }');
assert.strictEqual(util.inspect(new Node()),
                   '<ref *1> Node { next: [Circular *1] }');
assert.strictEqual(util.inspect([self, self]),
                   '[\n  <ref *1> { name: \'self\', me: [Circular *1] },\n  <ref *1> { name: \'self\', me: [Circular *1] }\n]');
assert.strictEqual(util.inspect({ s1: self, s2: self }),
                   '{\n  s1: <ref *1> { name: \'self\', me: [Circular *1] },\n  s2: <ref *1> { name: \'self\', me: [Circular *1] }\n}');
assert.strictEqual(util.inspect(self, { compact: true }),
                   '<ref *1> { name: \'self\', me: [Circular *1] }');
assert.strictEqual(util.inspect(two, { depth: 0 }),
                   '{ x: [Object], y: [Object] }');
assert.strictEqual(util.inspect(nested, { depth: 1 }),
                   '{ l1: { l2: [Object] } }');
