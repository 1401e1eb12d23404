'use strict';
// crypto.subtle with SHA-512: digest, HMAC sign/verify, PBKDF2 and HKDF deriveBits give Node's bytes.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

(async () => {
  const h = "SHA-512";
  assert.strictEqual(Buffer.from(await subtle.digest(h, Buffer.from('web crypto'))).toString('hex'), "36fb8eac6e9375dc08d1f6bd0ed009688bc6c674ef9809e8fa21e9189f70625d059fcf0219aeed42cff58d03e660c08c93feb73671ab07ef881aa9611786b379");
  const key = await subtle.importKey('raw', bytes(32), { name: 'HMAC', hash: h }, true, ['sign', 'verify']);
  const mac = await subtle.sign('HMAC', key, Buffer.from('web crypto'));
  assert.strictEqual(Buffer.from(mac).toString('hex'), "8b9f511884a4e7343b2664e33cd41aa038136c3c342cafdc157e91d021c1296584f32971f44e223c554d6118e574d4719e9d4e5d3fa8e238b59f8abea6449655");
  assert.strictEqual(await subtle.verify('HMAC', key, mac, Buffer.from('web crypto')), true);
  assert.strictEqual(await subtle.verify('HMAC', key, mac, Buffer.from('web crypt0')), false);
  const pw = await subtle.importKey('raw', Buffer.from('pw'), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: h, salt: Buffer.from('salt'), iterations: 100 }, pw, 256);
  assert.strictEqual(Buffer.from(bits).toString('hex'), "3a3c4d6f183d46cd82a4f3b4e774514d58ed3aaa574e317526d171232f2cf1c4");
  const ikm = await subtle.importKey('raw', Buffer.from('ikm'), 'HKDF', false, ['deriveBits']);
  const hk = await subtle.deriveBits({ name: 'HKDF', hash: h, salt: Buffer.from('salt'), info: Buffer.from('info') }, ikm, 128);
  assert.strictEqual(Buffer.from(hk).toString('hex'), "f8666bd3fdd88840c947614272dd065c");
})().then(common.mustCall());
