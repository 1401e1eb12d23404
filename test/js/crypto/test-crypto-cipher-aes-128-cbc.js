'use strict';
// aes-128-cbc: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree; setAutoPadding(false) on whole blocks; a wrong key or truncated input fails as in Node.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-128-cbc";
const key = bytes(16, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "100d1669a10ebdca5fb2c90dea511114",
 "7711a30806d07a186a386232fee80e38",
 "e59142ee77914383dca636c1e6bc7c38aac7efd2043b518829e346d05c06ca9c",
 "5d5b63dff7e5711869ae61558ccb492892fe732f948c1e06edb7c70090f7a0bd606b0fc3cc6510f1f80ae417819b965e",
 "a7a81028e3c2e029830954ef6e8137f7023c1feb4958887721b4cdbcc2592e5fd8d411f67da05c4a0dd0357240299e0bebaaca82a685139cc464f8a9d4669b647c4a145f5e3e65d2590547fafeb1254466de9aa3b91cdc95b6968f055d39148046be2fe6a94cab0a7ae943decaff7fdffd075345807ed477493f529f59de7ed93a2ccccc61b3640acffca9ec20a1c74a171d199f48cf8b31b2930f677bcf5548cd91a98c81084c33a2fda0d2714d0a0297143bd12e53d0afba607dd6bae4b1abb457df74147c015766b0fa9df6532f9538c94019a5006efdf3820929c4c923de6c48c53511703b13ec69af881d3d46ac471b73836d505a2d60be2fb1728bdd1ad9dcc8d0ad18efb07302c0613abd2df8a192e7ef10cc7fd3f9e69c81766724f4cf7bf9e4023339bddfeb74da24a836e6ab86936248d5e5b1f12aef9a2f7dcff961089890ee9bf14e10497a501f7101ed4b1941b7ac4474d243eccd53d06a23e2c66459b37d461e9f2dd29bf9eb84cff5533192fd721c2a88969bea86bff8afeefb5b74aa504988921e6e3fd07565cfffaf19078eca60b7f64ef22feebbda46f7d9e87a64cdc23ef482e89448fdf089306c8619b3da1f09e081783bdf92d5a78330246a1a53c60b843a53a42e61db82cab88c637dbc1c3f7757d6d304c0c060b5b7718c3341141fe0c60c9d39646318c167e44bc6984dab356e7b2a6509a2ddafc46809ec58ef3846f589ae22f0f05ad770ac918bd7a294ac291771bd4cac238927e529aeb8d3672a6086e9158d6be8e58c160b605c8e2c542b3a1ba5cce2bd825c35e4fb5de0589518c543ccc0374e7a6593fafee1d690fa825d6d0cbe0bdab8fd713f0776cb52203a973f9c7f505214ad69892e3d4fcba2989ca74098b8b3fc67396cc8cced3105c59bbeb25f59218532db46cfe531ff03d5a05c896c4d81c006cb5003d22b242d1313a84cb2835201eec63dc501b238f86635669e08ddbae928414f3c2f3362eb30800b46ce3cefdc570ce34ae17fff80cd3b58daf53de4c1a5bfa9d18e70cda7292e3bd09bf384cd1d31369202b7c1530dda78f288976e2057c3b71442059125559b01054fe8c9ccdd9d41c1105e551e0b664d67fd057db36f5b5848ee53a4aba3f01722e8a62bf60c7700044008d25e76ce1f348a8fd8945e142756928996876dcf82f0eac03284a527a5c36dfdaa24239ca5063cc702ce311070174c7f46c446d30bc750aff75f0e9a317cba8f1a8d2b6a30b2c05f48fce730ea4301c7f026ab2cd9f3e30ed4a1fb9f9060f5f6df88d54ea5c460e94a65079294cf84639d43cf77812d320845eb030bd787554daa746d2fd152b441968cd26eaa66a42cdf9ea629c27301d91c84981f8f498ed4d2e7fd5796c2da2782855651813e40553a5cbfdba51ccaf11b02"
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
assert.strictEqual(Buffer.concat([c.update(bytes(48)), c.final()]).toString('hex'), "05c8fa65708ab9bcfb6c5fed806c390fd49494f2f0b8fc036673ccab7a479dbea4cd4efbe951dff35ee57a55dfb1ebf3");
const d = crypto.createDecipheriv(name, key, iv);
d.setAutoPadding(false);
assert.deepStrictEqual(Buffer.concat([d.update(Buffer.from("05c8fa65708ab9bcfb6c5fed806c390fd49494f2f0b8fc036673ccab7a479dbea4cd4efbe951dff35ee57a55dfb1ebf3", 'hex')), d.final()]), bytes(48));
const odd = crypto.createCipheriv(name, key, iv);
odd.setAutoPadding(false);
odd.update('abc');
assert.throws(() => odd.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', message: /wrong final block length/ });
const bad = crypto.createDecipheriv(name, bytes(16, 3, 2), iv);
bad.update(Buffer.from(expected[3], 'hex'));
assert.throws(() => bad.final(), { code: 'ERR_OSSL_BAD_DECRYPT', message: /bad decrypt/ });
