'use strict';
// RSA-MD5: known answers for text, UTF-8, latin1 and 100 KB of bytes; update in pieces, copy() mid-stream, crypto.hash() one-shot and digest encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const alg = "RSA-MD5";
const inputs = [
 "",
 "abc",
 "The quick brown fox jumps over the lazy dog",
 "ü€𝄞 unicode"
];
const expected = [
 "d41d8cd98f00b204e9800998ecf8427e",
 "900150983cd24fb0d6963f7d28e17f72",
 "9e107d9d372bb6826bd81d3542a419d6",
 "af055bba4bec51da7eca61f4ecea1120"
];
inputs.forEach((s, i) => {
  assert.strictEqual(crypto.createHash(alg).update(s).digest('hex'), expected[i]);
  assert.strictEqual(crypto.hash(alg, s), expected[i]);
  assert.strictEqual(crypto.createHash(alg).update(Buffer.from(s)).digest('base64'), Buffer.from(expected[i], 'hex').toString('base64'));
});
const big = bytes(100000);
assert.strictEqual(crypto.createHash(alg).update(big).digest('base64'), "WfCHd/zRqiuODI+JLPquCQ==");
const h = crypto.createHash(alg);
for (let i = 0; i < big.length; i += 777) h.update(big.subarray(i, i + 777));
const mid = crypto.createHash(alg).update(big.subarray(0, 50000));
const copy = mid.copy();
mid.update(big.subarray(50000));
copy.update(big.subarray(50000));
assert.strictEqual(h.digest('base64'), "WfCHd/zRqiuODI+JLPquCQ==");
assert.strictEqual(mid.digest('base64'), "WfCHd/zRqiuODI+JLPquCQ==");
assert.strictEqual(copy.digest('base64'), "WfCHd/zRqiuODI+JLPquCQ==");
assert.strictEqual(crypto.createHash(alg).update('ÿþ', 'latin1').digest('base64url'), "87JXAf42LshGFqk6Rc6ZmA");
assert.strictEqual(crypto.hash(alg, big, 'base64'), "WfCHd/zRqiuODI+JLPquCQ==");
