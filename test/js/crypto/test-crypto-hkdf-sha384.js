'use strict';
// hkdf with sha384: sync and callback forms give Node's output for empty, short and long inputs; results are ArrayBuffers.
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
  "8a4904829f7acb5fe62bfbce3ed1a2d9428bdcba65d4db11e7471f3b7ab9eaff"
 ],
 [
  "",
  "",
  "",
  16,
  "470cc65387ca4a10c7a68a3b5148c8e5"
 ],
 [
  "030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dce3eaf1f8ff060d141b222930373e454c535a61686f767d848b9299a0a7aeb5bcc3cad1d8dfe6edf4fb020910171e252c",
  "0306090c0f1215181b1e2124272a2d303336393c3f4245484b4e5154575a5d606366696c6f727578",
  "ctx",
  100,
  "d75a3611876b87a2abe87b87c25bcf5645d1298d9efbc015589c65052fc29bf73e7131fda3b79c6faf6ffda43d90177517ee06642ccbf75a430d5bf9fddbf9666ace8a9fd62ae1e7bcc35c1287c887ef1ff35e445cfa1c1d6a89d3fdd88b68575fc05cd2"
 ]
];
for (const [ikm, salt, info, len, hex] of rows) {
  const r = crypto.hkdfSync("sha384", ikm, salt, info, len);
  assert(r instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(r).toString('hex'), hex);
  crypto.hkdf("sha384", crypto.createSecretKey(Buffer.from(ikm)), salt, info, len, common.mustSucceed((k) => {
    assert.strictEqual(Buffer.from(k).toString('hex'), hex);
  }));
}
