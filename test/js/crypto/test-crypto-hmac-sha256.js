'use strict';
// HMAC-sha256: empty, short, block-sized and longer-than-block keys (Buffer, string and KeyObject) give Node's MACs; chunked updates agree.
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
 "fb011e6154a19b9a4c767373c305275a5a69e8b68b0b4c9200c383dced19a416",
 "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
 "b4b6fe9dc5817003227ee32fb420edc5c566051851ac062ea2f807741abb3df3",
 "1c935c243397e8b8a22ae967e10f695ed9997de7a469b9ea04ff3a62b0069988"
];
const msg = 'The quick brown fox jumps over the lazy dog';
keys.forEach(([k, e], i) => {
  const key = Buffer.from(k, e);
  assert.strictEqual(crypto.createHmac("sha256", key).update(msg).digest('hex'), expected[i]);
  assert.strictEqual(crypto.createHmac("sha256", crypto.createSecretKey(key)).update(msg).digest('hex'), expected[i]);
});
const big = bytes(70000);
const h = crypto.createHmac("sha256", 'k');
for (let i = 0; i < big.length; i += 4096) h.update(big.subarray(i, i + 4096));
assert.strictEqual(h.digest('base64'), "4NUzIBn8HUfigp9HpuRpZUxUIC6ITz2icE6CyXZq00U=");
