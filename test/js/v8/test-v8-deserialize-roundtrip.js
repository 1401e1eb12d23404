'use strict';
// deserialize(serialize(x)) rebuilds x: types, identity within the value, cycles, views.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

const rt = (v) => v8.deserialize(v8.serialize(v));
const values = [undefined, null, true, 0, -0, 1.5, NaN, 2 ** 40, -(2 ** 31), 'str', 'ünï', '😀 two-byte',
  12345678901234567890n, -5n, [1, 'a', [2]], { a: { b: [null] } }, new Date(1234), /re/gi,
  new Map([['k', new Set([1, 2])]]), new Uint16Array([1, 2, 3]), new Float32Array([0.5]), Buffer.from('buf'),
  Object(5), Object('wrap'), Object(false)];
for (const v of values) assert.deepStrictEqual(rt(v), v);
const shared = { s: 1 };
const back = rt({ x: shared, y: shared });
assert.strictEqual(back.x, back.y);
const cyc = [];
cyc.push(cyc);
const c2 = rt(cyc);
assert.strictEqual(c2[0], c2);
assert.ok(Buffer.isBuffer(rt(Buffer.from('b'))));
const e = rt(new TypeError('bad', { cause: 'why' }));
assert.ok(e instanceof TypeError);
assert.strictEqual(e.message, 'bad');
assert.strictEqual(e.cause, 'why');
const sparse = rt([1, , 3]); // eslint-disable-line no-sparse-arrays
assert.strictEqual(sparse.length, 3);
assert.strictEqual(1 in sparse, false);
