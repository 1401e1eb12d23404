'use strict';
// pbkdf2 with md5: sync and callback forms give Node's keys for several iteration counts and lengths; KeyObject and Buffer passwords.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const rows = [
 [
  1,
  20,
  "f31afb6d931392daa5e3130f47f9a9b6e8e72029"
 ],
 [
  2,
  32,
  "042407b552be345ad6eee2cf2f7ed01dd9662d8f0c6950eaec7124aa0c82279e"
 ],
 [
  1000,
  64,
  "8d189946a32d883622a16ae18af0632f5791d5e7b1abb0ab1757d28ce34056140335105994495f9142070f064027d6df9db8e3d6fbd0042acbfb7637ee1e10b3"
 ]
];
for (const [it, len, hex] of rows) {
  assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', it, len, "md5").toString('hex'), hex);
  assert.strictEqual(crypto.pbkdf2Sync(Buffer.from('password'), Buffer.from('salt'), it, len, "md5").toString('hex'), hex);
  crypto.pbkdf2('password', 'salt', it, len, "md5", common.mustSucceed((k) => assert.strictEqual(k.toString('hex'), hex)));
}
