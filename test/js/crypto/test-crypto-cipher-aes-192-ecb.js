'use strict';
// aes-192-ecb: Node's ciphertexts for three plaintexts, decrypted back.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const key = bytes(24, 11, 1);
const iv = null;
const expected = [
 "df115b3600903ace019f517125a5490c",
 "bc09d95c7ae645b02234634d0fcdbd5a",
 "b690788426d550668bdeb0679011ba3af638e54fff8c032a9caba464b7a45dfe3a6e53672213936600aea5daf2592b6c"
];
['', 'abc', 'The quick brown fox jumps over the lazy dog'].forEach((p, i) => {
  const c = crypto.createCipheriv("aes-192-ecb", key, iv);
  assert.strictEqual(Buffer.concat([c.update(p), c.final()]).toString('hex'), expected[i]);
  const d = crypto.createDecipheriv("aes-192-ecb", key, iv);
  assert.strictEqual(Buffer.concat([d.update(Buffer.from(expected[i], 'hex')), d.final()]).toString(), p);
});
