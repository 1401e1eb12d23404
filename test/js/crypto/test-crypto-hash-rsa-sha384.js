'use strict';
// RSA-SHA384: known answers for text, UTF-8, latin1 and 100 KB of bytes; update in pieces, copy() mid-stream, crypto.hash() one-shot and digest encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const alg = "RSA-SHA384";
const inputs = [
 "",
 "abc",
 "The quick brown fox jumps over the lazy dog",
 "ü€𝄞 unicode"
];
const expected = [
 "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b",
 "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
 "ca737f1014a48f4c0b6dd43cb177b0afd9e5169367544c494011e3317dbf9a509cb1e5dc1e85a941bbee3d7f2afbc9b1",
 "81e65b1cfa6cb78c02a5ceaf0ef534f7435510f6e149e6e218a6f39f19c95df36d9c0caa060671fa8cf3806c6afb4eee"
];
inputs.forEach((s, i) => {
  assert.strictEqual(crypto.createHash(alg).update(s).digest('hex'), expected[i]);
  assert.strictEqual(crypto.hash(alg, s), expected[i]);
  assert.strictEqual(crypto.createHash(alg).update(Buffer.from(s)).digest('base64'), Buffer.from(expected[i], 'hex').toString('base64'));
});
const big = bytes(100000);
assert.strictEqual(crypto.createHash(alg).update(big).digest('base64'), "FVsLo2IJjycG7cypSRK7Es7+6M4hH8X1+fgMzNs5e8aWIzLIfn7AOqOCeQ6q8SlM");
const h = crypto.createHash(alg);
for (let i = 0; i < big.length; i += 777) h.update(big.subarray(i, i + 777));
const mid = crypto.createHash(alg).update(big.subarray(0, 50000));
const copy = mid.copy();
mid.update(big.subarray(50000));
copy.update(big.subarray(50000));
assert.strictEqual(h.digest('base64'), "FVsLo2IJjycG7cypSRK7Es7+6M4hH8X1+fgMzNs5e8aWIzLIfn7AOqOCeQ6q8SlM");
assert.strictEqual(mid.digest('base64'), "FVsLo2IJjycG7cypSRK7Es7+6M4hH8X1+fgMzNs5e8aWIzLIfn7AOqOCeQ6q8SlM");
assert.strictEqual(copy.digest('base64'), "FVsLo2IJjycG7cypSRK7Es7+6M4hH8X1+fgMzNs5e8aWIzLIfn7AOqOCeQ6q8SlM");
assert.strictEqual(crypto.createHash(alg).update('ÿþ', 'latin1').digest('base64url'), "prNB1DmBy5EzHZf3vUbUxsdvvHnS0kSNniM6nkTrEVC7uiWms82WmzBDoj5n8H7x");
assert.strictEqual(crypto.hash(alg, big, 'base64'), "FVsLo2IJjycG7cypSRK7Es7+6M4hH8X1+fgMzNs5e8aWIzLIfn7AOqOCeQ6q8SlM");
