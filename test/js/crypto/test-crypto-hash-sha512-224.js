'use strict';
// sha512-224: known answers for text, UTF-8, latin1 and 100 KB of bytes; update in pieces, copy() mid-stream, crypto.hash() one-shot and digest encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const alg = "sha512-224";
const inputs = [
 "",
 "abc",
 "The quick brown fox jumps over the lazy dog",
 "ü€𝄞 unicode"
];
const expected = [
 "6ed0dd02806fa89e25de060c19d3ac86cabb87d6a0ddd05c333b84f4",
 "4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa",
 "944cd2847fb54558d4775db0485a50003111c8e5daa63fe722c6aa37",
 "4db87e4768dc0e5aa33fa7a29202d97cc4aa14801d98944f8ad17e75"
];
inputs.forEach((s, i) => {
  assert.strictEqual(crypto.createHash(alg).update(s).digest('hex'), expected[i]);
  assert.strictEqual(crypto.hash(alg, s), expected[i]);
  assert.strictEqual(crypto.createHash(alg).update(Buffer.from(s)).digest('base64'), Buffer.from(expected[i], 'hex').toString('base64'));
});
const big = bytes(100000);
assert.strictEqual(crypto.createHash(alg).update(big).digest('base64'), "vFDYhgW49sCarHAi0wSInzUDzflQ2ueUXHJR/Q==");
const h = crypto.createHash(alg);
for (let i = 0; i < big.length; i += 777) h.update(big.subarray(i, i + 777));
const mid = crypto.createHash(alg).update(big.subarray(0, 50000));
const copy = mid.copy();
mid.update(big.subarray(50000));
copy.update(big.subarray(50000));
assert.strictEqual(h.digest('base64'), "vFDYhgW49sCarHAi0wSInzUDzflQ2ueUXHJR/Q==");
assert.strictEqual(mid.digest('base64'), "vFDYhgW49sCarHAi0wSInzUDzflQ2ueUXHJR/Q==");
assert.strictEqual(copy.digest('base64'), "vFDYhgW49sCarHAi0wSInzUDzflQ2ueUXHJR/Q==");
assert.strictEqual(crypto.createHash(alg).update('ÿþ', 'latin1').digest('base64url'), "CszHuiWzXWvl6QVaccygf-0XuQAeacB9FDteKQ");
assert.strictEqual(crypto.hash(alg, big, 'base64'), "vFDYhgW49sCarHAi0wSInzUDzflQ2ueUXHJR/Q==");
