'use strict';
// aes-192-cbc: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree; setAutoPadding(false) on whole blocks; a wrong key or truncated input fails as in Node.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-192-cbc";
const key = bytes(24, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "7b6055805f0a983f735a90b081a3270a",
 "1efddc5ef104f9d12d4652a15fdaa330",
 "a0e484ab455a90524579135e952e62699c94d7c1c1e8b724828b554440850f1f",
 "a32a70ea0e7a40cabb16ef8138c211693356515d0f1b55fc59096dbf738b3d43877673f641f56c76abf4f1d2deca5615",
 "89d6a7b8a376e65c2cd769529443bfe0e09ce82758cdeb9134b683dd64e005278977dc6c42ca1a248c9f6cde2f6ca26fd17d6454cc5daadeae397637c95972acb225a1de982960127bff044536d3044b0af1a5c59e531c6d1c2d057c594f03f476bfa0430ebd83bb69b835b23d6b1a18ff633fdeb92ca0ff5795d51f4e294395645f29f9976353ac00aa2970318881afc2f16c2e4f2db8ab85761d82376791a21466f69d89a681ef6e47913df1c9a1328d5e43738863091c60a9941035e622a4c38981c82526b879582e8abc6ce63002b78111f65fc53f1123dbf755b7b023dcc8a703b064d8d09a55a75c37b2be0d07bf4d2ebe866b3ed57e16bf7ca97f353a2bcfac0164ce6d72d2a8674f5746059d16a2c3defa7fd8227e58c88e5e0a4c4a2068752550506a2204e637b500ca9fa0553a42d5c4b73e4a53c76d90a71dce6bb6a02f7ec104412e84f5fd3e5f3b36c9381907e3f122ac1e4e4328729c9e9e7fff0c5f6277b7d45b79e14166d9c9371f0f703ccdc3964bb72499d43b0a46fd0f3855efb60d30ceb1dd224852f68ffdf1b61b7f19407f73ef3880c2b941471728b1b6910dafeba349ad153274fcaa448bd908c0054bab1433494a281d41d9a614cb695dd916a47256093be937002f623709fc08973f20e7de343cd04c8d01e4f750abf17f30701c60edcfcf8573a177923ae7709f5bfc6d5219aa4d8999c127ee7a471d99e643b4d8fe3ce575b85f720c1ae8c17d35bba2923c2e138cadf619715549375d6918cb1f0e2809a5352a837b217b04d094cdb874163bc6cd60e870b88016da712bfbfc0d4050e6432cda2117810fda291423081f0ad7eef3685fb5c52b0873d4663c99d3c77708628d88bc49fdae242f920dff7d9022580685f3233b2ceb23fe33524f4d3ac71cda5efa51d51f0c11b25e036def7a1f56269d7753558015351a9c9ba3f79992abebaf0b756c5cb85eff0fc2c6f5bf00bf3130c5344ad08055a04797ecc4717b6abb08f7a6a9d473cf3c3a7324be3671768fcf414beb7e6977cdf7ad7d3076e51a8f0f55ef8720c62eeec6305034815afc716cac213c38d9d7e37dce4b40b2495cced280781a5fed1e02d2a57ac618d6e11335f6e2feb9426a6f1561feab2d0719ac72ec6fb3cff3d75a7f1ac2e8e1648b9ecd9c97f219ba2e9727827a5a40f51e0967f14aa7655cef0db70e3779f3e2646a898eef64e2b8c3cde16f7a05075de585725816229aedeaf73703d88cd667088a5aa8d3ef47a3de3312f478b36a0a1800eabf0b179bd2adef8a123dd136e4246da7d81702a5ef4a8ebd77012c13644c4c8e73fde9839e7122bcedeb11ee82347c4378bdd7027f5f0605ca467509851a710a98ba7b3d1c79fce0e044e9138821bddb5414e14b7067ab9a7214daf04b3d805b14a86e"
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
assert.strictEqual(Buffer.concat([c.update(bytes(48)), c.final()]).toString('hex'), "b2f0ef1065f1433ae5f4a1e52a3ca9033ed52716464c9a6c16be36a48e67db372d260810ee18fc0fe688a17afb715bb7");
const d = crypto.createDecipheriv(name, key, iv);
d.setAutoPadding(false);
assert.deepStrictEqual(Buffer.concat([d.update(Buffer.from("b2f0ef1065f1433ae5f4a1e52a3ca9033ed52716464c9a6c16be36a48e67db372d260810ee18fc0fe688a17afb715bb7", 'hex')), d.final()]), bytes(48));
const odd = crypto.createCipheriv(name, key, iv);
odd.setAutoPadding(false);
odd.update('abc');
assert.throws(() => odd.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', message: /wrong final block length/ });
const bad = crypto.createDecipheriv(name, bytes(24, 3, 2), iv);
bad.update(Buffer.from(expected[3], 'hex'));
assert.throws(() => bad.final(), { code: 'ERR_OSSL_BAD_DECRYPT', message: /bad decrypt/ });
