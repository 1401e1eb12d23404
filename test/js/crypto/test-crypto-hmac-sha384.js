'use strict';
// HMAC-sha384: empty, short, block-sized and longer-than-block keys (Buffer, string and KeyObject) give Node's MACs; chunked updates agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const keys = [
 [
  "",
  "utf8"
 ],
 [
  "key",
  "utf8"
 ],
 [
  "030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dce3eaf1f8ff060d141b222930373e454c535a61686f767d848b9299a0a7aeb5bcc3cad1d8dfe6edf4fb020910171e252c333a41484f565d646b727980878e959ca3aab1b8bfc6cdd4dbe2e9f0f7fe050c131a21282f363d444b525960676e757c838a91989fa6adb4bbc2c9d0d7dee5ecf3fa01080f161d242b323940474e555c636a71787f868d949ba2a9b0b7bec5ccd3dae1e8eff6fd040b121920272e353c434a51585f666d74",
  "hex"
 ],
 [
  "030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dce3eaf1f8ff060d141b222930373e454c535a61686f767d848b9299a0a7aeb5bc",
  "hex"
 ]
];
const expected = [
 "0a3d8f99afb726f97d32cc513f3a5ad51246984fd3e916cefb82fc7967ee42eae547cd88aefd84493d2585e55906e1b0",
 "d7f4727e2c0b39ae0f1e40cc96f60242d5b7801841cea6fc592c5d3e1ae50700582a96cf35e1e554995fe4e03381c237",
 "af9594bca09f48ffed194a724bab946b311b8883f260c36f2d75a4fde944bb1746fe1dbacc6f2f39d2c4f6ed5a862a94",
 "1612bb8678a143ec9bff4584a5eb44f2bc6c1af0a633d9d69dff17f183a781ddff9ffbcf5d43b98a3d2af7b2b7b9f56a"
];
const msg = 'The quick brown fox jumps over the lazy dog';
keys.forEach(([k, e], i) => {
  const key = Buffer.from(k, e);
  assert.strictEqual(crypto.createHmac("sha384", key).update(msg).digest('hex'), expected[i]);
  assert.strictEqual(crypto.createHmac("sha384", crypto.createSecretKey(key)).update(msg).digest('hex'), expected[i]);
});
const big = bytes(70000);
const h = crypto.createHmac("sha384", 'k');
for (let i = 0; i < big.length; i += 4096) h.update(big.subarray(i, i + 4096));
assert.strictEqual(h.digest('base64'), "43G4vibvRmAIvy+J/QfzgcXB6Gm649dzgkrwlmPwSJbVrV1wLq6P3mxUN27cHbKh");
