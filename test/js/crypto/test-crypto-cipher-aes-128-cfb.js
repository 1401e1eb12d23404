'use strict';
// aes-128-cfb: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-128-cfb";
const key = bytes(16, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "",
 "d5",
 "d15cab74407e851dafa2a82aa0b8a544",
 "e04caf374567954ff2e0b32caabcea45660d864ef316fa6856d83723304fcc1c354d81af8b5249b3410ad1",
 "cc5cb26f4c6a8454e1b8a926bdb3fc1df9e3ad9ef38d2cb803e21089b91081427a6f58e8025026ffdb7990fde91bd864dd4f44f83b93af911aa2547786041e06467e8c07c48fb1c8b252373bc221157ae16cf3ad70f419d4bd004dea624075174ac810c0ab0408ec22891041b99e0bc5670e2353e9e03dd02e21c053505ede3f09d766e81b0a20021430800c9b209f2c2e564cc8bf2bb26c103ff6cb268de5a89023aca04a799a569bbee44d98247eda877ae48c839b84676a2b59afefaf2acfc67ea61170f59e18d9d2e4ab355beff1547699ff2836af07d32b4b91b704f887bd7c46a2de8e37a89f76d69a2c49744433651e0f05f24aea77a7d43fb86db91ce706fef0a8125fd075941e3b3301a9ea09f1352ed5543fa3f9a423263d953de3d5c3e2b7a1d04d19874952637fe3e23a71ff3679c92d5f63831906aa874ddc1024288a5939dc130c166ffd8ccfef6d83f93fc7ac431afed8dafb6ec5bee82b56cf1709b0576edda7d96779de38116ec4427e304f37acbbcb80c8382d9007a0673d70023e656ad2bbd3d84b375c25b188e2803c49cc06cb75069d949289216ce18a6c225960bc46df886d88bd0605a023f7c4bc25590ae09ad55be55514af0acecb5120069429255171816bcc48e4ee491c542c8fb4446f419f465f46842a6f68a3303416a96760143f642635fed93f4150506abb94e1bedfc9a7919a265dfdfc386d78b757365bbdd8c79af93ab9a331f0947260869b89640c169e5b630b4c3421a5ce01179f5feb029b5a5f1b54722c563c8e5400f09c8e1933c3f8e4bf49ce68b4a439d9ffcdafbe57efe478f92e9d50207a86fb5a93f3f8d5309a194e97f4cf90f63b60443a1e0a3d7731376c758b9c5e90fb38bb80cb837de6ecd80e37cc2556a5bfae7032389c94672021082cfa7cc59ed7c6a7180a49f65df43ad5592f7186deadd34d11e49cb238d1ef0bbfb204284269cf6f40ddb7455faae4a59ea4216f8fa521ee5106504cb2f5e98082bf2fb8962a143b5088df6a8adb2599d73b7af56a91b4da78d6d7db42160d5b29eb867be6d0ada05456b476d2da33be752dfe3aabb5d0726339f1cd1211f6de1f707b52804a4f190a2ff6294696819bb12dae84d4065bbf2e3483c0d1ae3be911aa66651e49872db922b08bd2ba76236010ec34e543dfdec171f3f01c53032dcf7749c08623235024b1163e8fc5cda80e2dc3a522f40c058d2912cd3f7f75c9d852449cd66b5e26d64d4ee8afe35c94c77dea2060e1e6e68121cd5dda81ce66b5c7cb94846391091ff3f8b66b57a0bead9ca2b593153c1d6a7fb693520917643270cd732a91291e458015824e0177f1ea8f024da567eaa344b7c68c9ac8541a5dabc159b9deca6b1419a9f6aa358478284dde7e6ad7c1f40520"
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
