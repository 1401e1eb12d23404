'use strict';
// RSA-SHA224: known answers for text, UTF-8, latin1 and 100 KB of bytes; update in pieces, copy() mid-stream, crypto.hash() one-shot and digest encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const alg = "RSA-SHA224";
const inputs = [
 "",
 "abc",
 "The quick brown fox jumps over the lazy dog",
 "ü€𝄞 unicode"
];
const expected = [
 "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f",
 "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
 "730e109bd7a8a32b1cb9d9a09aa2325d2430587ddbc0c38bad911525",
 "a6187259224116b038404922eecb5ce4784e80081792856aa7a8ed6f"
];
inputs.forEach((s, i) => {
  assert.strictEqual(crypto.createHash(alg).update(s).digest('hex'), expected[i]);
  assert.strictEqual(crypto.hash(alg, s), expected[i]);
  assert.strictEqual(crypto.createHash(alg).update(Buffer.from(s)).digest('base64'), Buffer.from(expected[i], 'hex').toString('base64'));
});
const big = bytes(100000);
assert.strictEqual(crypto.createHash(alg).update(big).digest('base64'), "qY9PVTlVw906d0NGFtSqoFwq0IKSp6GsYUTXpg==");
const h = crypto.createHash(alg);
for (let i = 0; i < big.length; i += 777) h.update(big.subarray(i, i + 777));
const mid = crypto.createHash(alg).update(big.subarray(0, 50000));
const copy = mid.copy();
mid.update(big.subarray(50000));
copy.update(big.subarray(50000));
assert.strictEqual(h.digest('base64'), "qY9PVTlVw906d0NGFtSqoFwq0IKSp6GsYUTXpg==");
assert.strictEqual(mid.digest('base64'), "qY9PVTlVw906d0NGFtSqoFwq0IKSp6GsYUTXpg==");
assert.strictEqual(copy.digest('base64'), "qY9PVTlVw906d0NGFtSqoFwq0IKSp6GsYUTXpg==");
assert.strictEqual(crypto.createHash(alg).update('ÿþ', 'latin1').digest('base64url'), "s78ptCiqM3LyMhsVp6YYyA0V-2CAkCW5kZZwNg");
assert.strictEqual(crypto.hash(alg, big, 'base64'), "qY9PVTlVw906d0NGFtSqoFwq0IKSp6GsYUTXpg==");
