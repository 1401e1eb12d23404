'use strict';
// aes-128-ecb: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree; setAutoPadding(false) on whole blocks; a wrong key or truncated input fails as in Node.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-128-ecb";
const key = bytes(16, 11, 1);
const iv = null;
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "4bca25fae1557354eb5544ca551b9d48",
 "3c7d4a89484b484ef32a70aec4b8e3ae",
 "f13aaf342fcfd6a9d6808aca3fdd1bf84bca25fae1557354eb5544ca551b9d48",
 "6e7f965958bb3e4b70576f13c2bee677e2063ab6b02a323e559afb69aaa0d1f4e3543689c54439b3444222fcbe661480",
 "3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e3a3538e7e1165b130d2b158e604d615e00939d4e1c6c4e591e3df04da025fb66"
];
plains.forEach((p, i) => {
  const c = crypto.createCipheriv(name, key, iv);
  assert.strictEqual(c.update(p, 'utf8', 'hex') + c.final('hex'), expected[i]);
  const d = crypto.createDecipheriv(name, key, iv);
  assert.strictEqual(d.update(expected[i], 'hex', 'utf8') + d.final('utf8'), p);
  const c2 = crypto.createCipheriv(name, key, iv);
  const parts = [];
  for (const b of Buffer.from(p)) parts.push(c2.update(Buffer.from([b])));
  parts.push(c2.final());
  assert.strictEqual(Buffer.concat(parts).toString('hex'), expected[i]);
});
const c = crypto.createCipheriv(name, key, iv);
c.setAutoPadding(false);
assert.strictEqual(Buffer.concat([c.update(bytes(48)), c.final()]).toString('hex'), "1a629d4e6cb025bc51b1ed86e41c359188a116bbc8f1cea10698863996c5a38f86f1e6db2171af3df3359f2bdb3ade25");
const d = crypto.createDecipheriv(name, key, iv);
d.setAutoPadding(false);
assert.deepStrictEqual(Buffer.concat([d.update(Buffer.from("1a629d4e6cb025bc51b1ed86e41c359188a116bbc8f1cea10698863996c5a38f86f1e6db2171af3df3359f2bdb3ade25", 'hex')), d.final()]), bytes(48));
const odd = crypto.createCipheriv(name, key, iv);
odd.setAutoPadding(false);
odd.update('abc');
assert.throws(() => odd.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', message: /wrong final block length/ });
const bad = crypto.createDecipheriv(name, bytes(16, 3, 2), iv);
bad.update(Buffer.from(expected[3], 'hex'));
assert.throws(() => bad.final(), { code: 'ERR_OSSL_BAD_DECRYPT', message: /bad decrypt/ });
