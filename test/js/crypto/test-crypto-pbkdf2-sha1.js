'use strict';
// pbkdf2 with sha1: sync and callback forms give Node's keys for several iteration counts and lengths; KeyObject and Buffer passwords.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const rows = [
 [
  1,
  20,
  "0c60c80f961f0e71f3a9b524af6012062fe037a6"
 ],
 [
  2,
  32,
  "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957cae93136266537a8d7bf4b76"
 ],
 [
  1000,
  64,
  "6e88be8bad7eae9d9e10aa061224034fed48d03fcbad968b56006784539d5214ce970d912ec2049b04231d47c2eb88506945b26b2325e6adfeeba08895ff9587"
 ]
];
for (const [it, len, hex] of rows) {
  assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', it, len, "sha1").toString('hex'), hex);
  assert.strictEqual(crypto.pbkdf2Sync(Buffer.from('password'), Buffer.from('salt'), it, len, "sha1").toString('hex'), hex);
  crypto.pbkdf2('password', 'salt', it, len, "sha1", common.mustSucceed((k) => assert.strictEqual(k.toString('hex'), hex)));
}
