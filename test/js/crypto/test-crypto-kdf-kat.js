'use strict';
// pbkdf2, scrypt and hkdf known answers from reference Node 24, sync and async.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const pbkdf2 = [
 [
  "password",
  "salt",
  1,
  20,
  "sha1",
  "0c60c80f961f0e71f3a9b524af6012062fe037a6"
 ],
 [
  "password",
  "salt",
  4096,
  32,
  "sha256",
  "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"
 ],
 [
  "",
  "salt",
  10,
  64,
  "sha512",
  "1f7a48471674bc0dcdc3735b2ddc3509b608ed771cb9d878e2ef4e0805d10817dde524a24fb2990a6dd3522bf8e71c6826833de87bd253806b9fccbfafa22255"
 ],
 [
  "pw",
  "",
  3,
  100,
  "sha384",
  "69e5996e557662aae98fd43a31bd60aacfb4274a4176c967632b3dddfdd7eca8930c96130bada463b2f9c5f7601ee1d4fe4673716f734e5556b1fba1a84e3bd7ea1cbe341896d4b6d60d5269e352ff54c9b5e4948a6fd15a6d7d1df78b83bd1cb22c7181"
 ],
 [
  "passwordPASSWORDpassword",
  "saltSALTsaltSALTsaltSALTsaltSALTsalt",
  100,
  25,
  "md5",
  "6b7b0b0cda312ec3ee56037afa8f81ddcc9a0da6440d099c0c"
 ],
 [
  "x",
  "y",
  2,
  8,
  "sha3-256",
  "dcf055e006f95075"
 ],
 [
  "x",
  "y",
  5,
  48,
  "sha512-256",
  "4b93e6862cd4c9baaec51998b8312ede6118e89f7f1c924d25946ec8d381d6c6f362c743a892893bbc482e8a66ec9119"
 ]
];
const scrypt = [
 [
  "password",
  "NaCl",
  64,
  {
   "N": 1024,
   "r": 8,
   "p": 16
  },
  "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"
 ],
 [
  "",
  "",
  64,
  {
   "N": 16,
   "r": 1,
   "p": 1
  },
  "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"
 ],
 [
  "pw",
  "salt",
  32,
  {},
  "c0b515908e61334cae6d6003c00be60e2e675878c9ac8ba282e1d70c335d3012"
 ],
 [
  "pw",
  "salt",
  16,
  {
   "cost": 256,
   "blockSize": 4,
   "parallelization": 2
  },
  "9217ed4e67e55719c23caf603e6dcfd8"
 ]
];
const hkdf = [
 [
  "sha256",
  "key",
  "salt",
  "info",
  42,
  "9ca0d662557439e3b83365f2da4626d35da195c6d9d1779f09838cf9e408966ece99106e2585ace6f083"
 ],
 [
  "sha512",
  "ikm",
  "",
  "",
  100,
  "ad3937e102645867de089fceb12443da092fd7ddcc92ef6b20bbaa600b996bb015496967db7daab3f9707eae6688fb6a7564ec4d675560f17e07370de1ea01c6e2ade4fd73e450a11ad5259185932caafc02ac850ade88513eed06d51e1e88e1a488442c"
 ],
 [
  "sha1",
  "k",
  "s",
  "i",
  20,
  "e9e6d613402479440ad9a297a20e38384006235e"
 ],
 [
  "sha384",
  "0303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303030303",
  "salt",
  "x",
  1,
  "82"
 ]
];

for (const [pw, salt, it, len, dg, hex] of pbkdf2) {
  assert.strictEqual(crypto.pbkdf2Sync(pw, salt, it, len, dg).toString('hex'), hex);
  crypto.pbkdf2(Buffer.from(pw), Buffer.from(salt), it, len, dg, common.mustSucceed((key) => {
    assert.ok(Buffer.isBuffer(key));
    assert.strictEqual(key.toString('hex'), hex);
  }));
}
for (const [pw, salt, len, opts, hex] of scrypt) {
  assert.strictEqual(crypto.scryptSync(pw, salt, len, opts).toString('hex'), hex);
  crypto.scrypt(pw, salt, len, opts, common.mustSucceed((key) => assert.strictEqual(key.toString('hex'), hex)));
}
crypto.scrypt('pw', 'salt', 32, common.mustSucceed((key) => assert.strictEqual(key.toString('hex'), scrypt[2][4])));
for (const [dg, ikm, salt, info, len, hex] of hkdf) {
  const ab = crypto.hkdfSync(dg, ikm, salt, info, len);
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(ab).toString('hex'), hex);
  crypto.hkdf(dg, ikm, salt, info, len, common.mustSucceed((key) => {
    assert.ok(key instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(key).toString('hex'), hex);
  }));
}
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', crypto.createSecretKey(Buffer.from('key')), 'salt', 'info', 42)).toString('hex'),
                   hkdf[0][5]);
