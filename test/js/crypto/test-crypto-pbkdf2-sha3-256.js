'use strict';
// pbkdf2 with sha3-256: sync and callback forms give Node's keys for several iteration counts and lengths; KeyObject and Buffer passwords.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const rows = [
 [
  1,
  20,
  "94613f3ee2ea730e0b06754f3fc816d4f87c9be9"
 ],
 [
  2,
  32,
  "4c915baedd1773383e77fcfe38114ca7514010adec24b47290ec170208423f76"
 ],
 [
  1000,
  64,
  "ee56a9b7311bb081d0bbfa8dc3c2798f30abbbec6344426829d956ed06eaecababea954d5ce17217277a9f063359cdf7eff2f4a2c9f0a49f188ef3b406655566"
 ]
];
for (const [it, len, hex] of rows) {
  assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', it, len, "sha3-256").toString('hex'), hex);
  assert.strictEqual(crypto.pbkdf2Sync(Buffer.from('password'), Buffer.from('salt'), it, len, "sha3-256").toString('hex'), hex);
  crypto.pbkdf2('password', 'salt', it, len, "sha3-256", common.mustSucceed((k) => assert.strictEqual(k.toString('hex'), hex)));
}
