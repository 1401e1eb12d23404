'use strict';
// Maps and Sets keep insertion order and nested references.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

const key = { k: 1 };
const m = new Map([['z', 1], [key, key], [3, [key]]]);
const back = v8.deserialize(v8.serialize(m));
const keys = [...back.keys()];
assert.strictEqual(keys[0], 'z');
assert.strictEqual(keys[2], 3);
assert.strictEqual(back.get(keys[1]), keys[1]);
assert.strictEqual(back.get(3)[0], keys[1]);
assert.deepStrictEqual([...v8.deserialize(v8.serialize(new Set([3, 1, 2])))], [3, 1, 2]);
