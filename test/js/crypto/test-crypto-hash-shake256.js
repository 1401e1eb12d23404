'use strict';
// shake256: default length and outputLength 0/8/16/32 known answers; copy() with an outputLength.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const lens = [0, 8, 16, 32];
const expected = [
 "",
 "483366601360a877",
 "483366601360a8771c6863080cc4114d",
 "483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739"
];
lens.forEach((n, i) => assert.strictEqual(crypto.createHash("shake256", { outputLength: n }).update('abc').digest('hex'), expected[i]));
assert.strictEqual(crypto.createHash("shake256").update('').digest('hex'), "46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f");
const h = crypto.createHash("shake256", { outputLength: 16 }).update('a');
assert.strictEqual(h.copy({ outputLength: 16 }).update('bc').digest('hex'), expected[2]);
