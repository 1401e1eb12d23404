'use strict';
// HMAC-sha512: empty, short, block-sized and longer-than-block keys (Buffer, string and KeyObject) give Node's MACs; chunked updates agree.
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
 "1de78322e11d7f8f1035c12740f2b902353f6f4ac4233ae455baccdf9f37791566e790d5c7682aad5d3ceca2feff4d3f3fdfd9a140c82a66324e9442b8af71b6",
 "b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a",
 "b5112c9453360ed864b387102eac96d298ebdd379864757923aae503285c655191c5ae166b435667cf437628a63127445cecae3e9643da043dc900b46ea57712",
 "f6fa1c51df3d5582f794ed4bf58ffc8fd90c8f6f2a3f9b64dd0e63d05405bc2b244636d9b63f7d24e2ac86030498ceba07a2b3f99e50466bb5d072e92fa74644"
];
const msg = 'The quick brown fox jumps over the lazy dog';
keys.forEach(([k, e], i) => {
  const key = Buffer.from(k, e);
  assert.strictEqual(crypto.createHmac("sha512", key).update(msg).digest('hex'), expected[i]);
  assert.strictEqual(crypto.createHmac("sha512", crypto.createSecretKey(key)).update(msg).digest('hex'), expected[i]);
});
const big = bytes(70000);
const h = crypto.createHmac("sha512", 'k');
for (let i = 0; i < big.length; i += 4096) h.update(big.subarray(i, i + 4096));
assert.strictEqual(h.digest('base64'), "td+oYPwkM8H0QwTRpT3oY22d9lCcOr6P2j5VxJcwQYbBjN1ji0qxY7C8kTtdd171aL43WY4s0VJXktsfgwbshA==");
