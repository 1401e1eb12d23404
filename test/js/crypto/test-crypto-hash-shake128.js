'use strict';
// shake128: default length and outputLength 0/8/16/32 known answers; copy() with an outputLength.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const lens = [0, 8, 16, 32];
const expected = [
 "",
 "5881092dd818bf5c",
 "5881092dd818bf5cf8a3ddb793fbcba7",
 "5881092dd818bf5cf8a3ddb793fbcba74097d5c526a6d35f97b83351940f2cc8"
];
lens.forEach((n, i) => assert.strictEqual(crypto.createHash("shake128", { outputLength: n }).update('abc').digest('hex'), expected[i]));
assert.strictEqual(crypto.createHash("shake128").update('').digest('hex'), "7f9c2ba4e88f827d616045507605853e");
const h = crypto.createHash("shake128", { outputLength: 16 }).update('a');
assert.strictEqual(h.copy({ outputLength: 16 }).update('bc').digest('hex'), expected[2]);
