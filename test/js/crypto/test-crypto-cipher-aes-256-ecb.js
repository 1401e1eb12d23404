'use strict';
// aes-256-ecb: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree; setAutoPadding(false) on whole blocks; a wrong key or truncated input fails as in Node.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-256-ecb";
const key = bytes(32, 11, 1);
const iv = null;
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "1b5f7b435d81a1ed4da9f7ae92f304e5",
 "20ff5dc4e94d630ecd5c27240bfcbca1",
 "865710a2cc4af30f9fca556df52e52381b5f7b435d81a1ed4da9f7ae92f304e5",
 "9582900a7ddd8c44abab3cee54e3ff52b8d9301e05813a8067d297363fb6f1813b0f164eaa65f2de633aef48f6a8b8bf",
 "b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17b0c117c4bc5b463e7aa232484765da17e77f94e8fc93c54a52c86df2fae25bf5"
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
assert.strictEqual(Buffer.concat([c.update(bytes(48)), c.final()]).toString('hex'), "2f47066d99200239ba7eb446e6a87cc2cca6dcb76fdc0c0c6d86ed71ae333a2e31cdd207e960990d7686ef2ce0a50ddf");
const d = crypto.createDecipheriv(name, key, iv);
d.setAutoPadding(false);
assert.deepStrictEqual(Buffer.concat([d.update(Buffer.from("2f47066d99200239ba7eb446e6a87cc2cca6dcb76fdc0c0c6d86ed71ae333a2e31cdd207e960990d7686ef2ce0a50ddf", 'hex')), d.final()]), bytes(48));
const odd = crypto.createCipheriv(name, key, iv);
odd.setAutoPadding(false);
odd.update('abc');
assert.throws(() => odd.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', message: /wrong final block length/ });
const bad = crypto.createDecipheriv(name, bytes(32, 3, 2), iv);
bad.update(Buffer.from(expected[3], 'hex'));
assert.throws(() => bad.final(), { code: 'ERR_OSSL_BAD_DECRYPT', message: /bad decrypt/ });
