'use strict';
// aes-128-cfb8: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-128-cfb8";
const key = bytes(16, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "",
 "d5",
 "d18e6da731ada95e697bd6a09f56574c",
 "e02ff824373b42ab086586198b30fa54e940cf3e57bfe0f528a88cb4950c61d7b6399d557322f97aab98c6",
 "cc12d4601907447e2056259efda64a1fcd382f264e2df7f37434dd0200a0b66783282d945f82bb2a017c14e5ce4bd7284c19bdf99fbbabe8c105ee9ba35a23d1c41858bad1bacfba54805fce949b2e0944efb5eb765f5bea58a271a757e4a8e43c9095bfa47c1b027962a4d005d088636eb9f1b12554a31e64558d3ad063fb23796a558ba9453dad4a40fea20701476f1846c67a2c4b2b16fc240220259dc7e50082f69af7fbd29a40e3bb656be9c80616dd5acd1720f07a1886b7268dd3c0185a5c198ee033452bdae812e29a940835d2d860d95a2ef964437071049b151d79d0928a616c086f042ca663d6b3f17254e2a18ef6134c46ff9d6b36862cedf1de5d9a2b0382b9a45ad35e0356ade23c1d07a4b1ab530c3177959d8e9449082db53f36c69b60bf7656901ba043f8576a4436752d5dd58e800542fbf0c7968834fa081ac0e642fbbcf09ae734ed086f7c827ed655df44f4f5e4f8edf277f9d547406f85dc65313ff295ff252373a3dfc57a61a9be01d600df135bb0ca46c4294432357f534b3fda36bacbce0b244ab0417e4b63d834da2ea1761301402db9bd342dccf4552adbe12feff3bae9036bc8bb795562f0227ee192f5308b069ac7b2c1fbf4a76b723093f4f7057ce373fad3eef10e23380f0dc4de36fc7bf639fffe0ce5253263232a155c947c010865ea0b77806edac01082751c8bfbb1016e83fa60e0418da9d88a8f97f0a898b25253a4eafdff2286190a1ad4a3d0416e38f0ec63a4d5ed3d418af8a59b0a9d8d498442f83b8592e30d4955ffd56f8df9486d15a61451dba9994f5413045d0665822a6dfda978d1175aa7abd13fe7857e09f9839317d10b6d877f73086c405cc9195e4b07e84fd266982036f282a9520b8a69bdd3555ea2ddfc18b4510d442ff0e97ba1a8f9b133621530d0f6750831660e2e40940f7fa621b37ced9d734fcd5d1e292cc6bdb974c101a996aaf782c3a46a926f59aeedcc615e44f6acf51b76aea6ee26f221d25666c5f106c832ca30c7e06f48b616db18c83ad0d3f202f83896926c88ea64ac1ebaedc98be947e09539c13e2f09dff9aeaa1943a4bed55981604e51c239733957da3365bbfb192fddaf5e875338a26be46aaabf3fbfb832711e995feaff277c599ee05aa9fe01c6f77cec9c3fb31f69f165dc6b0589f64a7497628b2a94d439b6bc4b623efd10ac4b8a4710e370f5b4758f6803432786af50e1598e3ecc839cda6ade7c27deb39d2f22436424f9af60c215231c7509ba14e491bbd21b63946d9a2199c4ae282f979184e27d6a5e4e514767dd14e1a8707b34c69eafc118de9b2bfdbc2b9300418138e845a47b8ce8c05f0519ea822ab2c472e1af09413bfab477c34c10cea73131d270e21af8ac86f8fdadf4f4d30c8a"
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
