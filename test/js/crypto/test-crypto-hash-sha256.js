'use strict';
// sha256: known answers for text, UTF-8, latin1 and 100 KB of bytes; update in pieces, copy() mid-stream, crypto.hash() one-shot and digest encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const alg = "sha256";
const inputs = [
 "",
 "abc",
 "The quick brown fox jumps over the lazy dog",
 "ü€𝄞 unicode"
];
const expected = [
 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
 "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
 "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592",
 "bdd1f5aac4bda41f1e0b10788f895e35532ea4e90fa5ae6fb8fb114f6e0fe6e3"
];
inputs.forEach((s, i) => {
  assert.strictEqual(crypto.createHash(alg).update(s).digest('hex'), expected[i]);
  assert.strictEqual(crypto.hash(alg, s), expected[i]);
  assert.strictEqual(crypto.createHash(alg).update(Buffer.from(s)).digest('base64'), Buffer.from(expected[i], 'hex').toString('base64'));
});
const big = bytes(100000);
assert.strictEqual(crypto.createHash(alg).update(big).digest('base64'), "2WuralXuMmuiBt1KhabpXhQ2DX+rv0SPA+aJwkOCt9A=");
const h = crypto.createHash(alg);
for (let i = 0; i < big.length; i += 777) h.update(big.subarray(i, i + 777));
const mid = crypto.createHash(alg).update(big.subarray(0, 50000));
const copy = mid.copy();
mid.update(big.subarray(50000));
copy.update(big.subarray(50000));
assert.strictEqual(h.digest('base64'), "2WuralXuMmuiBt1KhabpXhQ2DX+rv0SPA+aJwkOCt9A=");
assert.strictEqual(mid.digest('base64'), "2WuralXuMmuiBt1KhabpXhQ2DX+rv0SPA+aJwkOCt9A=");
assert.strictEqual(copy.digest('base64'), "2WuralXuMmuiBt1KhabpXhQ2DX+rv0SPA+aJwkOCt9A=");
assert.strictEqual(crypto.createHash(alg).update('ÿþ', 'latin1').digest('base64url'), "s9UQ7wQnXKjmmOWzy7Ds45Se-SUvDNyDnp7jR0CaIgk");
assert.strictEqual(crypto.hash(alg, big, 'base64'), "2WuralXuMmuiBt1KhabpXhQ2DX+rv0SPA+aJwkOCt9A=");
