'use strict';
// pbkdf2 with sha512: sync and callback forms give Node's keys for several iteration counts and lengths; KeyObject and Buffer passwords.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const rows = [
 [
  1,
  20,
  "867f70cf1ade02cff3752599a3a53dc4af34c7a6"
 ],
 [
  2,
  32,
  "e1d9c16aa681708a45f5c7c4e215ceb66e011a2e9f0040713f18aefdb866d53c"
 ],
 [
  1000,
  64,
  "afe6c5530785b6cc6b1c6453384731bd5ee432ee549fd42fb6695779ad8a1c5bf59de69c48f774efc4007d5298f9033c0241d5ab69305e7b64eceeb8d834cfec"
 ]
];
for (const [it, len, hex] of rows) {
  assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', it, len, "sha512").toString('hex'), hex);
  assert.strictEqual(crypto.pbkdf2Sync(Buffer.from('password'), Buffer.from('salt'), it, len, "sha512").toString('hex'), hex);
  crypto.pbkdf2('password', 'salt', it, len, "sha512", common.mustSucceed((k) => assert.strictEqual(k.toString('hex'), hex)));
}
