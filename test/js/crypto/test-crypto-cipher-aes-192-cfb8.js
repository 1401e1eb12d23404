'use strict';
// aes-192-cfb8: Node's ciphertexts for three plaintexts, decrypted back.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const key = bytes(24, 11, 1);
const iv = bytes(16, 5, 9);
const expected = [
 "",
 "a9a036",
 "9c44f9374699f4082d3b66d90d53e76210c638e9c96eda448addf4dbf719e2f2aa8d7a547cc493d26214ed"
];
['', 'abc', 'The quick brown fox jumps over the lazy dog'].forEach((p, i) => {
  const c = crypto.createCipheriv("aes-192-cfb8", key, iv);
  assert.strictEqual(Buffer.concat([c.update(p), c.final()]).toString('hex'), expected[i]);
  const d = crypto.createDecipheriv("aes-192-cfb8", key, iv);
  assert.strictEqual(Buffer.concat([d.update(Buffer.from(expected[i], 'hex')), d.final()]).toString(), p);
});
