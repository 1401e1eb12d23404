'use strict';
// crypto.subtle with SHA-384: digest, HMAC sign/verify, PBKDF2 and HKDF deriveBits give Node's bytes.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

(async () => {
  const h = "SHA-384";
  assert.strictEqual(Buffer.from(await subtle.digest(h, Buffer.from('web crypto'))).toString('hex'), "9f1ca5bf9d03a4adc5ced618e815a3b0ca6c481b54d972389a6e4d9993a4e8dd8d44555e6c62bcf3914d31453174a76a");
  const key = await subtle.importKey('raw', bytes(32), { name: 'HMAC', hash: h }, true, ['sign', 'verify']);
  const mac = await subtle.sign('HMAC', key, Buffer.from('web crypto'));
  assert.strictEqual(Buffer.from(mac).toString('hex'), "a730ca864458d3ab96903f3cf340b44bf2700cbc7e2ebacef8a300018c4f3df81c80c990dbfa7e65f467de0ac1044fa8");
  assert.strictEqual(await subtle.verify('HMAC', key, mac, Buffer.from('web crypto')), true);
  assert.strictEqual(await subtle.verify('HMAC', key, mac, Buffer.from('web crypt0')), false);
  const pw = await subtle.importKey('raw', Buffer.from('pw'), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: h, salt: Buffer.from('salt'), iterations: 100 }, pw, 256);
  assert.strictEqual(Buffer.from(bits).toString('hex'), "24e3271819207acd6673c38040502f9f4f293b7274cc02346208f6c2fdb3888d");
  const ikm = await subtle.importKey('raw', Buffer.from('ikm'), 'HKDF', false, ['deriveBits']);
  const hk = await subtle.deriveBits({ name: 'HKDF', hash: h, salt: Buffer.from('salt'), info: Buffer.from('info') }, ikm, 128);
  assert.strictEqual(Buffer.from(hk).toString('hex'), "8a4904829f7acb5fe62bfbce3ed1a2d9");
})().then(common.mustCall());
