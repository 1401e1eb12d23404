'use strict';
// aes-192-cfb: Node's ciphertexts for three plaintexts, decrypted back.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const key = bytes(24, 11, 1);
const iv = bytes(16, 5, 9);
const expected = [
 "",
 "a9d3f0",
 "9cd9f64f4c733281bb7d689f0f4f3db350428e998a9cdf529b159d04bb218a5eff251e29b482dcc93ac529"
];
['', 'abc', 'The quick brown fox jumps over the lazy dog'].forEach((p, i) => {
  const c = crypto.createCipheriv("aes-192-cfb", key, iv);
  assert.strictEqual(Buffer.concat([c.update(p), c.final()]).toString('hex'), expected[i]);
  const d = crypto.createDecipheriv("aes-192-cfb", key, iv);
  assert.strictEqual(Buffer.concat([d.update(Buffer.from(expected[i], 'hex')), d.final()]).toString(), p);
});
