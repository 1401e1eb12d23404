'use strict';
// crypto.subtle with SHA-256: digest, HMAC sign/verify, PBKDF2 and HKDF deriveBits give Node's bytes.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

(async () => {
  const h = "SHA-256";
  assert.strictEqual(Buffer.from(await subtle.digest(h, Buffer.from('web crypto'))).toString('hex'), "a9bd7da5c5f179be05fc253721c008951e869ffb90f3d745b7ddcaae49cbfad1");
  const key = await subtle.importKey('raw', bytes(32), { name: 'HMAC', hash: h }, true, ['sign', 'verify']);
  const mac = await subtle.sign('HMAC', key, Buffer.from('web crypto'));
  assert.strictEqual(Buffer.from(mac).toString('hex'), "ff1522a4fc6164b062b6d2832560afaa35090317d244d884f855dceb58f0bedb");
  assert.strictEqual(await subtle.verify('HMAC', key, mac, Buffer.from('web crypto')), true);
  assert.strictEqual(await subtle.verify('HMAC', key, mac, Buffer.from('web crypt0')), false);
  const pw = await subtle.importKey('raw', Buffer.from('pw'), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: h, salt: Buffer.from('salt'), iterations: 100 }, pw, 256);
  assert.strictEqual(Buffer.from(bits).toString('hex'), "2abfac6a729e5abcc10c42850d51f912edf82c8cfb33d09a7e983c271d54d993");
  const ikm = await subtle.importKey('raw', Buffer.from('ikm'), 'HKDF', false, ['deriveBits']);
  const hk = await subtle.deriveBits({ name: 'HKDF', hash: h, salt: Buffer.from('salt'), info: Buffer.from('info') }, ikm, 128);
  assert.strictEqual(Buffer.from(hk).toString('hex'), "fe8f9615d2374c0d17f77d1aeaf408c2");
})().then(common.mustCall());
