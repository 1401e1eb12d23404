'use strict';
// pbkdf2 with sha256: sync and callback forms give Node's keys for several iteration counts and lengths; KeyObject and Buffer passwords.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const rows = [
 [
  1,
  20,
  "120fb6cffcf8b32c43e7225256c4f837a86548c9"
 ],
 [
  2,
  32,
  "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"
 ],
 [
  1000,
  64,
  "632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03264d2a0460b7dcb388b3b1131f741bcbeb02541c8c2e97bd8bed62ab6425542e45512b7312f440eb"
 ]
];
for (const [it, len, hex] of rows) {
  assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', it, len, "sha256").toString('hex'), hex);
  assert.strictEqual(crypto.pbkdf2Sync(Buffer.from('password'), Buffer.from('salt'), it, len, "sha256").toString('hex'), hex);
  crypto.pbkdf2('password', 'salt', it, len, "sha256", common.mustSucceed((k) => assert.strictEqual(k.toString('hex'), hex)));
}
