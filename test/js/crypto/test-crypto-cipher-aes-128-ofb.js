'use strict';
// aes-128-ofb: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-128-ofb";
const key = bytes(16, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "",
 "d5",
 "d15cab74407e851dafa2a82aa0b8a544",
 "e04caf374567954ff2e0b32caabcea4561776f0f80faf28c9e4671a19798329379dab899b5053876afdf8a",
 "cc5cb26f4c6a8454e1b8a926bdb3fc1d7f606f5792f7e784951e66af8a926a9f69c7e08dac07392eb3c895774cad226db4dad338c6db4c3e7190ef7a2d9ea43d994dc1ada42fe7d1f53bf048d6c66f10dbc3bc6c4f0264415cbcc0179a3dfb9550261c2e39c875e11acb84cf2e8d37ce0f663ec4205f479ace7e35a05511f32b9d5254796db0324a1a8b117f2c7b2aef9fca65af60be4c3097a6ab89cf2c0b600ec0772acc9b3490a4ab80f8621df4f7583d9b6e967fbd2a76b15faca38d8a1faf03e33ba1ae695952f77953b56c5efc4bd34789250b3bc3a9798733164236d5092be42b74d044b7ce5c316e0b6723580388659ed5fef5503fb57253fe76396a73ab178fc767c7c1ca32bc6eeeb1e0d7bb5a1e4c2bd8b22120fa0e071fe63e7ecaa4022ed3adee802796f695fb09e8bddcf2722d5c1f4f8676eada8b2f50f26b97f3bee2726c29ae619ed3b4d0e83f7af6ff64fb745efdad6be21478d58026579f924b6b8f2df6e937d3aa463e8d85da0df8b53c469f5c86ce21d157a8585de2fcedb294eb8a55a0011de65e03197b2891d1ef0d5242422b7f5485a480338b9054fb1117c9d9a002ab2953e61ba1160c4dcf53bbcf1cfa2170b67f71cfb9d43c4a9bfc57358e78445e9084647d325ec24c031d8a491d65d49f98a3b9f95a5b23d5d12c0b8560db065b82da7001451aebc2b3ddf2fb80055ca19c9f45d1f709a0c46442574752572adb14eb01fa3ac08a23c3e2b7d31d6fdd9aa08a15dc2ed6860d81dd791708aa3965e0e9395cae4cbe0879d57cc9605eb8d15dabb3f231f2ccab91b3cc7e5457d0963fa190070a4e143780c19ce67a0161db23076a7544a42e6cb33c112123a3b0d323a2556a6bc95e13d7dc2c0a2e00e5b0c218cd580526baf13cba7526706f8ed97ac9add187f0f8261d18621b1c57f7024216850f6fb12eb7058b5561ab5994832b049b6a2497c7e00e947a9d842a5cf4578524be274f23d88faeb8b2d8ae80a7ce10a61f543e732493da8db5cfded89debf231aa6c42ddfc95a7e3e48657fa3e1e5f19a9c6853f0328641bdc8c1aa97ec7c67994c7557cde03134634cdf7c319d0d330b4916b0acbe26819d6d4ffe375f10cb3cdd2712a4b089318bc80594f7b0f4f09e6df46336ce7b48f7a0a566b91479c0a0f90e89bdda3ddd344cddeb30af6cdb4154a2d26ea0bf750d731eb9a4930053157348cceaad430a2de1bceb32b5dc87a2c0c5c20fb57b716096305e8db5ba854d723728b6ac5a4dc0d23d9ff77581263cd3093bcdb6fa79a30257cfc269f526b28e7b24d4cb7c3a5cf55e5ec187d1dc44fc2dca7601a1a88af7ece85f53c7d0d87353e8c21ece0a94c5258b01f2afd4482033f579535501f79dac77dd601efed787d552e74dc9f27064b7dd5"
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
