'use strict';
// pbkdf2 with sha384: sync and callback forms give Node's keys for several iteration counts and lengths; KeyObject and Buffer passwords.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const rows = [
 [
  1,
  20,
  "c0e14f06e49e32d73f9f52ddf1d0c5c719160923"
 ],
 [
  2,
  32,
  "54f775c6d790f21930459162fc535dbf04a939185127016a04176a0730c6f1f4"
 ],
 [
  1000,
  64,
  "3bd37e2236941d4a77b1b5b714c6f913fabb6b0841a6d7d8656b99d611e900fe06edb93b5b809efaa9678b635ce513e0f7d9ebb0aea1e07f0ab90d1b9cbd9464"
 ]
];
for (const [it, len, hex] of rows) {
  assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', it, len, "sha384").toString('hex'), hex);
  assert.strictEqual(crypto.pbkdf2Sync(Buffer.from('password'), Buffer.from('salt'), it, len, "sha384").toString('hex'), hex);
  crypto.pbkdf2('password', 'salt', it, len, "sha384", common.mustSucceed((k) => assert.strictEqual(k.toString('hex'), hex)));
}
