'use strict';
// util.inspect: WeakMap/WeakSet contents are unknown; WeakRef.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const key = {};
const wm = new WeakMap([[key, 1]]);
const ws = new WeakSet([key]);
class MyWeakMap extends WeakMap {}
const withProp = new WeakSet(); withProp.x = 1;

assert.strictEqual(util.inspect(wm),
                   'WeakMap { <items unknown> }');
assert.strictEqual(util.inspect(ws),
                   'WeakSet { <items unknown> }');
assert.strictEqual(util.inspect(new WeakMap()),
                   'WeakMap { <items unknown> }');
assert.strictEqual(util.inspect(new WeakSet()),
                   'WeakSet { <items unknown> }');
assert.strictEqual(util.inspect(new MyWeakMap()),
                   'MyWeakMap { <items unknown> }');
assert.strictEqual(util.inspect(withProp),
                   'WeakSet { <items unknown>, x: 1 }');
assert.strictEqual(util.inspect({ wm, ws }),
                   '{ wm: WeakMap { <items unknown> }, ws: WeakSet { <items unknown> } }');
assert.strictEqual(util.inspect(wm, { colors: true }),
                   'WeakMap { \x1b[36m<items unknown>\x1b[39m }');
assert.strictEqual(util.inspect(new WeakRef(key)),
                   'WeakRef {}');
assert.strictEqual(util.inspect(Object.setPrototypeOf(new WeakMap(), null)),
                   '[WeakMap: null prototype] { <items unknown> }');
