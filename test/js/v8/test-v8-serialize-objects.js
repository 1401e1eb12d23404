'use strict';
// Objects: property order, numeric keys, getters run once, non-enumerables and symbols skipped.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

let gets = 0;
const o = { b: 1, 2: 'two', a: 3, [Symbol('s')]: 4 };
Object.defineProperty(o, 'hidden', { value: 5, enumerable: false });
Object.defineProperty(o, 'g', { get() { gets++; return 6; }, enumerable: true });
const back = v8.deserialize(v8.serialize(o));
assert.deepStrictEqual(Object.keys(back), ['2', 'b', 'a', 'g']);
assert.strictEqual(back.g, 6);
assert.strictEqual(gets, 1);
assert.strictEqual(Object.getOwnPropertySymbols(back).length, 0);
assert.strictEqual(Object.getPrototypeOf(v8.deserialize(v8.serialize(Object.create(null)))), Object.prototype);
