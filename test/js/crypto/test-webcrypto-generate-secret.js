'use strict';
// crypto.subtle.generateKey for HMAC and AES: key properties, lengths, usages and exports as Node gives them.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;
(async () => {
  const h = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  assert.strictEqual(h.type, 'secret');
  assert.strictEqual(h.extractable, true);
  assert.deepStrictEqual(h.algorithm, { name: 'HMAC', length: 512, hash: { name: 'SHA-256' } });
  assert.deepStrictEqual(h.usages.sort(), ['sign', 'verify']);
  assert.strictEqual((await subtle.exportKey('raw', h)).byteLength, 64);
  for (const len of [128, 192, 256]) {
    const k = await subtle.generateKey({ name: 'AES-GCM', length: len }, false, ['encrypt']);
    assert.deepStrictEqual(k.algorithm, { name: 'AES-GCM', length: len });
    assert.strictEqual(k.extractable, false);
    await assert.rejects(subtle.exportKey('raw', k), { name: 'InvalidAccessError' });
  }
  const jwk = await subtle.exportKey('jwk', await subtle.generateKey({ name: 'AES-CBC', length: 256 }, true, ['encrypt', 'decrypt']));
  assert.strictEqual(jwk.alg, 'A256CBC');
  assert.strictEqual(jwk.kty, 'oct');
  assert.strictEqual(Buffer.from(jwk.k, 'base64url').length, 32);
})().then(common.mustCall());
