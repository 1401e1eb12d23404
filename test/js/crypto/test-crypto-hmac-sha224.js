'use strict';
// HMAC-sha224: empty, short, block-sized and longer-than-block keys (Buffer, string and KeyObject) give Node's MACs; chunked updates agree.
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
 "7db2472a551b5d5586c194a94863b6277e4bf1266ff6334b8c1d52dd",
 "88ff8b54675d39b8f72322e65ff945c52d96379988ada25639747e69",
 "6707c332178e9252f343b36839d201a396e3aa26ccb6e489c6ca9bb7",
 "216f56584d6a36bc80a781ef07c34de4d0ed426b7ade1ea8c3c5a283"
];
const msg = 'The quick brown fox jumps over the lazy dog';
keys.forEach(([k, e], i) => {
  const key = Buffer.from(k, e);
  assert.strictEqual(crypto.createHmac("sha224", key).update(msg).digest('hex'), expected[i]);
  assert.strictEqual(crypto.createHmac("sha224", crypto.createSecretKey(key)).update(msg).digest('hex'), expected[i]);
});
const big = bytes(70000);
const h = crypto.createHmac("sha224", 'k');
for (let i = 0; i < big.length; i += 4096) h.update(big.subarray(i, i + 4096));
assert.strictEqual(h.digest('base64'), "WUYOhPXw4pys6eZ2zNpT/DA6eGuNRV1YWwl2mg==");
