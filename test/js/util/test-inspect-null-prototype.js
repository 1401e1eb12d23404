'use strict';
// util.inspect: objects without a prototype and with prototypes lacking constructors.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const bare = Object.create(null);
const withKeys = Object.assign(Object.create(null), { a: 1, b: { c: 2 } });
const chain = Object.create(Object.create(null));
const arr = Object.setPrototypeOf([1, 2], null);
const fakeProto = Object.create({ notAConstructor: true });
class Foo { constructor() { this.a = 1; } }

const tagged = Object.assign(Object.create(null), { [Symbol.toStringTag]: 'T' });
const err = Object.setPrototypeOf(new Error('np'), null); err.stack = 'Error: np\n    at x (y.js:1:1)';

assert.strictEqual(util.inspect(bare),
                   '[Object: null prototype] {}');
assert.strictEqual(util.inspect(withKeys),
                   '[Object: null prototype] { a: 1, b: { c: 2 } }');
assert.strictEqual(util.inspect(chain),
                   'Object <[Object: null prototype] {}> {}');
assert.strictEqual(util.inspect(arr),
                   '[Array(2): null prototype] [ 1, 2 ]');
assert.strictEqual(util.inspect(fakeProto),
                   '{}');
assert.strictEqual(util.inspect(tagged),
                   '[T: null prototype] { Symbol(Symbol.toStringTag): \'T\' }');
assert.strictEqual(util.inspect(err),
                   '[Error: null prototype]: np\n    at x (y.js:1:1)');
assert.strictEqual(util.inspect([bare]),
                   '[ [Object: null prototype] {} ]');
assert.strictEqual(util.inspect({ x: bare }),
                   '{ x: [Object: null prototype] {} }');
assert.strictEqual(util.inspect(Object.setPrototypeOf(new Date(0), null)),
                   '[Date: null prototype] 1970-01-01T00:00:00.000Z');
assert.strictEqual(util.inspect(Object.setPrototypeOf(/x/g, null)),
                   '[RegExp: null prototype] /x/g');
assert.strictEqual(util.inspect(Object.setPrototypeOf(new Uint8Array(2), null)),
                   '[Uint8Array(2): null prototype] [ 0, 0 ]');
assert.strictEqual(util.inspect(Object.setPrototypeOf(new Number(3), null)),
                   '[Number (null prototype): 3]');
assert.strictEqual(util.inspect(Object.setPrototypeOf(Promise.resolve(1), null)),
                   '[Promise: null prototype] { 1 }');
assert.strictEqual(util.inspect(Object.setPrototypeOf(new ArrayBuffer(1), null)),
                   '[ArrayBuffer: null prototype] {\n  [Uint8Contents]: <00>,\n  [byteLength]: undefined\n}');
assert.strictEqual(util.inspect(Object.create(Array.prototype)),
                   'Array {}');
assert.strictEqual(util.inspect(Object.create(Object.create(Object.create(null)))),
                   'Object <Object <[Object: null prototype] {}>> {}');
