'use strict';
// des-ede3-cfb: Node's ciphertexts for three plaintexts, decrypted back.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const key = bytes(24, 11, 1);
const iv = bytes(8, 5, 9);
const expected = [
 "",
 "032cf7",
 "3626f1e57e62f70d11ddcadbdb685676f8cb0dd362f6f1fb0f8fbdb993b77c43f5e3b49ebed77d130663c8"
];
['', 'abc', 'The quick brown fox jumps over the lazy dog'].forEach((p, i) => {
  const c = crypto.createCipheriv("des-ede3-cfb", key, iv);
  assert.strictEqual(Buffer.concat([c.update(p), c.final()]).toString('hex'), expected[i]);
  const d = crypto.createDecipheriv("des-ede3-cfb", key, iv);
  assert.strictEqual(Buffer.concat([d.update(Buffer.from(expected[i], 'hex')), d.final()]).toString(), p);
});
