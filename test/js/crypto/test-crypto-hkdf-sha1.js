'use strict';
// hkdf with sha1: sync and callback forms give Node's output for empty, short and long inputs; results are ArrayBuffers.
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
  "f8ce116ebe7b55fa12601b349f421fae54edddab6ae8d4a7390f3f533ef70ac5"
 ],
 [
  "",
  "",
  "",
  16,
  "885fc029b3224b896e09e0bbe5eb347e"
 ],
 [
  "030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dce3eaf1f8ff060d141b222930373e454c535a61686f767d848b9299a0a7aeb5bcc3cad1d8dfe6edf4fb020910171e252c",
  "0306090c0f1215181b1e2124272a2d303336393c3f4245484b4e5154575a5d606366696c6f727578",
  "ctx",
  100,
  "6e667e377a07b4deb8b11dfff8e9ef3d0e46dca1ed06a420999999f67673762016510f0a240ebef52fe3ea066673ed68618d10d6c72253d6c35569b971450c9575e4b2c50bf6d5d7348cedd5b10b6be38fae744caa04cac2330270b7c24c519c7564b8d7"
 ]
];
for (const [ikm, salt, info, len, hex] of rows) {
  const r = crypto.hkdfSync("sha1", ikm, salt, info, len);
  assert(r instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(r).toString('hex'), hex);
  crypto.hkdf("sha1", crypto.createSecretKey(Buffer.from(ikm)), salt, info, len, common.mustSucceed((k) => {
    assert.strictEqual(Buffer.from(k).toString('hex'), hex);
  }));
}
