'use strict';
// HMAC-sha3-512: empty, short, block-sized and longer-than-block keys (Buffer, string and KeyObject) give Node's MACs; chunked updates agree.
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
 "8a904f5e32ddc346a4f84a6dd2d58d59b68efbed54fc4cf8ff021f1082357e0cce70d3a50b3cab5a87c417785874c6ab0a1fc09e4e128ba648074bc020fa4ffc",
 "237a35049c40b3ef5ddd960b3dc893d8284953b9a4756611b1b61bffcf53edd979f93547db714b06ef0a692062c609b70208ab8d4a280ceee40ed8100f293063",
 "c4f4248a1d94cbe884afe57706c79ba1247a4ea3fdca89570184e4e02149e30aabd4fa14b7a542f6c81e9df68290c8866d7048803e7638a9e46cc9062a4f4e21",
 "8f289e163dc8e6f6abd26996147a9adbf3eb54f3e2c06a2994ee3da26e667cb9ef5388cbc9e4a2dac44ac52c6cb85bbb4ae087b67b19a989043c72c2d8654101"
];
const msg = 'The quick brown fox jumps over the lazy dog';
keys.forEach(([k, e], i) => {
  const key = Buffer.from(k, e);
  assert.strictEqual(crypto.createHmac("sha3-512", key).update(msg).digest('hex'), expected[i]);
  assert.strictEqual(crypto.createHmac("sha3-512", crypto.createSecretKey(key)).update(msg).digest('hex'), expected[i]);
});
const big = bytes(70000);
const h = crypto.createHmac("sha3-512", 'k');
for (let i = 0; i < big.length; i += 4096) h.update(big.subarray(i, i + 4096));
assert.strictEqual(h.digest('base64'), "2MDwqcXJDuEsX0Y4aVpGzUihRa8lq05MWTq6ZFapLas41zBh8YXf/w+Dtm1GQQh3P6GajyjqBfhNmGvGyNgq6w==");
