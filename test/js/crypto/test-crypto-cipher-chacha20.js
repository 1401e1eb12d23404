'use strict';
// chacha20: encryption of five plaintexts gives Node's ciphertexts, which decrypt back; byte-at-a-time updates and string encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const name = "chacha20";
const key = bytes(32, 11, 1);
const iv = bytes(16, 5, 9);
const plains = ['', 'a', 'exactly16bytes!!', 'The quick brown fox jumps over the lazy dog', 'x'.repeat(1000)];
const expected = [
 "",
 "9d",
 "99a7dabd6c1fd59ddc325b3d4c2fa2b9",
 "a8b7defe6906c5cf8170403b462bedb8d45bb38b974a9bc636477e4283a4c0174beefe06cc9f79fbe56125",
 "84a7c3a6600bd4d492285a315124fbe0ca4cb3d385478ece3d1f694c9eae981b5bf3a612d59d78a3f9763a65128541b31c4e7930eac323e5921c97f55a17a7996e155572e4ce326d069fc156527da9956fd1ce1abf15d04517ee5ea9c4aeced6a37ed3533e5dc4a15f32483226971048889fe0dd6986d5debac9c140e50f9d44b1a6d40775072f11222a9c5ba1fe155f665594a7d7de065f56065fd52f66ceb6f4fb9f73fcabb786226b4cb6dbfd433db57e83e500256b7cda3ba8d28a4d42b40194357cc6f5ca288565c31292dea2b4970a34a7a7dba710859af2f5c250d23bde23fa4b05e8dd2e1c7c1fe2ff8db4d7f9a26e84c258da207b6f1a1df9ea841b58d31aab4af5fa35b028d196c35677760b4e547caf6082ee5601b47e65c76b80465766ad51bd0443559d9501a7974c0c1562e1e35fb75410215a6510fb0dcabf7852b23ba188a0916a18b3660b9ad8c414c237615232e684ae52157fe8c8f86e24af3ddb84d33866c2736819422f7d8decc4dbdf3339eae73a8eb55eacc9dd9de71fe2d5a192759f171738d0d68aab2024f926bf6a3786575593c47d0c631dc8591edefc3e90a4d8c15536121837f7001d1768275e3200e245688e5a319ca243c2090a683e80fad77ee0bd1b7de0c6e878c43505fdb0a81090a1fcc212a1117cfb13006a092c240447090b2ddbb85f25412f19862df2f0d6c7d708699366a1f24329438e059c989ea7f3635fdba95a3012da454985063e7f165053712199b1ac7a02737346f3ecf4abbb7d7ce7349dff0a42714ad5c409c73a20e58d34dd831be15eee670cf6f532d78dadb5ba71996a68b96e0fdf438c7904988d1cc3489ac0d595a60101bd38fd8ce90a64753acd23d03f60d4324f19b0c6f9fcef2bed9aa812f85ce3dd97c27b88b73eb1645368e13099c8ab99364a545e49f0938192812c00efd14ece12a8057f5274d090b391270ae8c7903a37669ede2f934d7e6e7c3f782ad2061f38b8072a065305ef3a7d902ad7230b1a0f1eb144713a4e4fd1ef4a0114c1002e8b8053d63a851fcc600aaf81f48345990d162fb99a427f43c94f4783a6947c70808f0530fa19550d18d9cdd89f141733f769197531a13514fcf3716c460f4d9c47a39b98fd4cfe89a2aa78a1343d97cde5a9143e18c011db336eca8e773cbce4ef55acd9d756fb36e75ae1b6ac2355c8dab725f86b7b258ea5f4e1892e1bfc932e4a78735d84ef4be94a4ac63fb17101145335e0a48a3a6fb8a0b131bbd54851aae8d9491fde332dd6b27896c700a0bb5bff4f8abc63dbab0b1bec613c29a7fe81ee570695f3449ac0e9f315d2bacedb395b70269609b2641c4ebc855557e0315878bc9c4b9c921a3e50f28e0b5aaa3c6e720378e79fd0f5ae07df7a2de122f5b76f33"
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
