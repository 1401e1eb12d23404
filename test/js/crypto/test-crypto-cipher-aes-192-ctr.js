'use strict';
// aes-192-ctr: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "aes-192-ctr";
const key = bytes(24, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "",
 "a9",
 "adc9f20c496a22d3e63f7399054b72b2",
 "9cd9f64f4c733281bb7d689f0f4f3db332961dcda00fd382cc487bb4b0a25774fb8e1eb43ee6d4082e6d78",
 "b0c9eb17457e239aa825729518402beb2c811d95b202c68ac7106cbaada80f78eb9346a027e4d550327a6735c2bb4c9a765d7cf64101f5b3ce2685736be4a579fae63282d8ece59a1d0e25c07c562511a7b5e8fa9739bf7ab3a6793a448b4a974709325aced9853297a45f22c8e444f8bad53436657d060ef541ebb6fe4553f638adb47afe154d3c52baedb28634a8db05b375c1ae6b823d7e7d2eac99c9574678c4f5529a0b3355d98b7cbf7d5069d867de10f09b6b9be1640c71f8acb2edc28a4f573c47d3c3c8fdeee549eec555dba026249a4459c47b9279482cb090741183a9cb13223e6e7fb825b14d910d61aa0fbc8ce0628f452bc606e3ccf5496a005d0b7030f940461c74ae5a2b584cc196ce7fcba27958618a7ccdbc52906cf8f1b3daff1e83b209e5f273b8e9557e194496a6726671c7c8227440f4a4a0d9208148f261797282ea406bf1275ad1db77f46031cdf05b244649ecf821c28993779f5f45ba9f8a614e2d70a972f544c7a528cc7e16e7519716dd46c2cd3732bc097c8c97101e35042f0c22888d8aaf1753f6872d629bd9741ff1ee469cd5fc5a73e20bfab1f84ad970bed6037c56a23017454ee7c0c5438771c71ffe356a688ed4ca0819f4d0b1f4936a5343b4b336cd49b0f66e07ca64eb416ba897f346655e26dfa474138ad512f6701424648eea64dcd091a7405b74e46fa7cd85ac2c013c4d25b405a89ad3901db904f53a57753e16b4f53049f77bee06c12ecbfb4f443c412b018b81700d56e10a4a55015155c681be13b8a7fc9eb19aae48279a300530985811f0a52982fd3555132c257ba6ce7d6ffa01d4bb17965be021471835b179d700465cdfa06f80044192366bd98a4b5e32de013a2230153678a21c9706db7b852e6190108aaf104f4b1828c97b6a82c75e0129d9df6058cadaed38c9aa37bdc0a8e5617c367752408edf5b3119a0fb4d64a4d85f44e258e3cc947b6b56f1ad1101b011b5ceff9fb41604a50a3d18f6e483ebf405bbdb374b8864446c09519f94500c1306dfea4f4b89dba100cc86e00d52a54d2fbc43f37ea1c07d9eb22e0c3d7f0098aa03dc883c426ccd6f8fa81aa1db99e0a7c50cc2203c266078a1b6e23dae94efff1b34d4237b5344fc0b28e62cefa1a4151f41bb7700f3caca4965f9e5e4a929f04e73eea6a5fac73862d6d660aa26f35f0afcd44b29fce9ee71a0f9f271b3b720b572f85dcfb83407c3aacc9db57d7e18fbfb81a444f9b85518de91cdd6c10708aa8eded1aab92632d9f34007fa8aafb566ffb59384937a25fc3b671208ad7887f82a835f5b21316ad14ba9304fe560d89be754d917090aaf586d2cca240caa4346d02eea1d5732adae7f956f44a4928f6b748e976a0c72b7b9cc9389434db0da912378820d"
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
