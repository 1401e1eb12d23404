'use strict';
// hkdf with sha3-256: sync and callback forms give Node's output for empty, short and long inputs; results are ArrayBuffers.
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
  "0a35ce133619c6dda6c47247ba3a65352b8fa7313a3ccddfc707ea425085517c"
 ],
 [
  "",
  "",
  "",
  16,
  "03528766ef876d43780aa9184829cf19"
 ],
 [
  "030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dce3eaf1f8ff060d141b222930373e454c535a61686f767d848b9299a0a7aeb5bcc3cad1d8dfe6edf4fb020910171e252c",
  "0306090c0f1215181b1e2124272a2d303336393c3f4245484b4e5154575a5d606366696c6f727578",
  "ctx",
  100,
  "85e847d92edb91fef559519df925b93ad74414d48e2bdef65740b0f1d21753ad61ed74f62d202157bcc4aa86256502bea6d88205e43aab661cca25d7f57bdc958d3762470d57d71761a330492f568ee995ffcd41743495cd2de0136c9674744ec654aeb0"
 ]
];
for (const [ikm, salt, info, len, hex] of rows) {
  const r = crypto.hkdfSync("sha3-256", ikm, salt, info, len);
  assert(r instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(r).toString('hex'), hex);
  crypto.hkdf("sha3-256", crypto.createSecretKey(Buffer.from(ikm)), salt, info, len, common.mustSucceed((k) => {
    assert.strictEqual(Buffer.from(k).toString('hex'), hex);
  }));
}
