'use strict';
// hkdf with sha256: sync and callback forms give Node's output for empty, short and long inputs; results are ArrayBuffers.
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
  "fe8f9615d2374c0d17f77d1aeaf408c2e75fe0466073d0def23c733e2f862dfd"
 ],
 [
  "",
  "",
  "",
  16,
  "eb70f01dede9afafa449eee1b1286504"
 ],
 [
  "030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dce3eaf1f8ff060d141b222930373e454c535a61686f767d848b9299a0a7aeb5bcc3cad1d8dfe6edf4fb020910171e252c",
  "0306090c0f1215181b1e2124272a2d303336393c3f4245484b4e5154575a5d606366696c6f727578",
  "ctx",
  100,
  "1f433610ba0d6d94f16a1007840ac137cc98fa6e25250aaa620209b5d7b402bf11c07f66ac9d5bbe3b06a4d064ce0820ab703e4721301f1048dde45585e354700daa5c025fe48115b993a9337f22c7dca569d445e3db54226c42e9f13014c206cca72acc"
 ]
];
for (const [ikm, salt, info, len, hex] of rows) {
  const r = crypto.hkdfSync("sha256", ikm, salt, info, len);
  assert(r instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(r).toString('hex'), hex);
  crypto.hkdf("sha256", crypto.createSecretKey(Buffer.from(ikm)), salt, info, len, common.mustSucceed((k) => {
    assert.strictEqual(Buffer.from(k).toString('hex'), hex);
  }));
}
