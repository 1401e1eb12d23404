'use strict';
// crypto.subtle with SHA-1: digest, HMAC sign/verify, PBKDF2 and HKDF deriveBits give Node's bytes.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

(async () => {
  const h = "SHA-1";
  assert.strictEqual(Buffer.from(await subtle.digest(h, Buffer.from('web crypto'))).toString('hex'), "8e71e78edcdde1a8f5af37d2668387bd71e71098");
  const key = await subtle.importKey('raw', bytes(32), { name: 'HMAC', hash: h }, true, ['sign', 'verify']);
  const mac = await subtle.sign('HMAC', key, Buffer.from('web crypto'));
  assert.strictEqual(Buffer.from(mac).toString('hex'), "bacd285d86d9f1c6f3c001cb10f3034e84ff13cc");
  assert.strictEqual(await subtle.verify('HMAC', key, mac, Buffer.from('web crypto')), true);
  assert.strictEqual(await subtle.verify('HMAC', key, mac, Buffer.from('web crypt0')), false);
  const pw = await subtle.importKey('raw', Buffer.from('pw'), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: h, salt: Buffer.from('salt'), iterations: 100 }, pw, 256);
  assert.strictEqual(Buffer.from(bits).toString('hex'), "6b60da96b017e2f42163a41ae8b7bc04c478a37847e99058eefd98dec0e6b4f7");
  const ikm = await subtle.importKey('raw', Buffer.from('ikm'), 'HKDF', false, ['deriveBits']);
  const hk = await subtle.deriveBits({ name: 'HKDF', hash: h, salt: Buffer.from('salt'), info: Buffer.from('info') }, ikm, 128);
  assert.strictEqual(Buffer.from(hk).toString('hex'), "f8ce116ebe7b55fa12601b349f421fae");
})().then(common.mustCall());
