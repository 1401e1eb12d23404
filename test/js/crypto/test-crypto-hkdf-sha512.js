'use strict';
// hkdf with sha512: sync and callback forms give Node's output for empty, short and long inputs; results are ArrayBuffers.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const rows = [
 [
  "ikm",
  "salt",
  "info",
  32,
  "f8666bd3fdd88840c947614272dd065c71c541b0de03ff738644dffc3facec64"
 ],
 [
  "",
  "",
  "",
  16,
  "9d73c98e791e80ebe5b4cb45693aa32f"
 ],
 [
  "030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dce3eaf1f8ff060d141b222930373e454c535a61686f767d848b9299a0a7aeb5bcc3cad1d8dfe6edf4fb020910171e252c",
  "0306090c0f1215181b1e2124272a2d303336393c3f4245484b4e5154575a5d606366696c6f727578",
  "ctx",
  100,
  "9989df7728ba0940b1edbfe1116e8a0932b0981aedee291a776fa9425f8a67d080a118e74d5bb7a4fed7f549c6f9682156fb42b8e23a99e29980b372e08efccfd0438bfb92d396c41c8728ec8ce693e1d89403c5936d489db0002719e1d52835309f8b8a"
 ]
];
for (const [ikm, salt, info, len, hex] of rows) {
  const r = crypto.hkdfSync("sha512", ikm, salt, info, len);
  assert(r instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(r).toString('hex'), hex);
  crypto.hkdf("sha512", crypto.createSecretKey(Buffer.from(ikm)), salt, info, len, common.mustSucceed((k) => {
    assert.strictEqual(Buffer.from(k).toString('hex'), hex);
  }));
}
