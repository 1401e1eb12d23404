'use strict';
// des-ede3: Node's ciphertexts for three plaintexts, decrypted back.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const key = bytes(24, 11, 1);
const iv = null;
const expected = [
 "c2357dda90956895",
 "a5305dbe5790ec4f",
 "934bd1006c909ba1a18a1c87bfa825d7c84cbbb7d4afd8f7400b6908fc03d8fd523e711fc0b6acec3093492fb8020ab4"
];
['', 'abc', 'The quick brown fox jumps over the lazy dog'].forEach((p, i) => {
  const c = crypto.createCipheriv("des-ede3", key, iv);
  assert.strictEqual(Buffer.concat([c.update(p), c.final()]).toString('hex'), expected[i]);
  const d = crypto.createDecipheriv("des-ede3", key, iv);
  assert.strictEqual(Buffer.concat([d.update(Buffer.from(expected[i], 'hex')), d.final()]).toString(), p);
});
