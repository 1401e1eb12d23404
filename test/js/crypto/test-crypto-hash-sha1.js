'use strict';
// sha1: known answers for text, UTF-8, latin1 and 100 KB of bytes; update in pieces, copy() mid-stream, crypto.hash() one-shot and digest encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const alg = "sha1";
const inputs = [
 "",
 "abc",
 "The quick brown fox jumps over the lazy dog",
 "ü€𝄞 unicode"
];
const expected = [
 "da39a3ee5e6b4b0d3255bfef95601890afd80709",
 "a9993e364706816aba3e25717850c26c9cd0d89d",
 "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12",
 "bc6e8ef5fe401d4a04a3acbc7a0123da6c0a9cf2"
];
inputs.forEach((s, i) => {
  assert.strictEqual(crypto.createHash(alg).update(s).digest('hex'), expected[i]);
  assert.strictEqual(crypto.hash(alg, s), expected[i]);
  assert.strictEqual(crypto.createHash(alg).update(Buffer.from(s)).digest('base64'), Buffer.from(expected[i], 'hex').toString('base64'));
});
const big = bytes(100000);
assert.strictEqual(crypto.createHash(alg).update(big).digest('base64'), "OG0AFGNBqj3Gd4twHn6xZZEVh/U=");
const h = crypto.createHash(alg);
for (let i = 0; i < big.length; i += 777) h.update(big.subarray(i, i + 777));
const mid = crypto.createHash(alg).update(big.subarray(0, 50000));
const copy = mid.copy();
mid.update(big.subarray(50000));
copy.update(big.subarray(50000));
assert.strictEqual(h.digest('base64'), "OG0AFGNBqj3Gd4twHn6xZZEVh/U=");
assert.strictEqual(mid.digest('base64'), "OG0AFGNBqj3Gd4twHn6xZZEVh/U=");
assert.strictEqual(copy.digest('base64'), "OG0AFGNBqj3Gd4twHn6xZZEVh/U=");
assert.strictEqual(crypto.createHash(alg).update('ÿþ', 'latin1').digest('base64url'), "1iY22MrsE_BOKEQqCm-hr-sCS7s");
assert.strictEqual(crypto.hash(alg, big, 'base64'), "OG0AFGNBqj3Gd4twHn6xZZEVh/U=");
