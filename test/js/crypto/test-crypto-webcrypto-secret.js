'use strict';
// SubtleCrypto with secret keys: HMAC sign/verify, AES-GCM/CBC/CTR encrypt/decrypt, PBKDF2 and
// HKDF deriveBits/deriveKey, importKey/exportKey (raw, jwk), generateKey; known answers from
// reference Node 24 and its DOMException names/messages.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const hex = (ab) => Buffer.from(ab).toString('hex');
const key16 = new Uint8Array(16).map((_, i) => i + 1);
const data = new TextEncoder().encode('web crypto data');

(async () => {
  const hk = await subtle.importKey('raw', key16, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  assert.strictEqual(hk.type, 'secret');
  assert.strictEqual(hk.extractable, true);
  assert.deepStrictEqual(hk.algorithm, { name: 'HMAC', length: 128, hash: { name: 'SHA-256' } });
  assert.deepStrictEqual(hk.usages, ['sign', 'verify']);
  assert.ok(hk instanceof CryptoKey);
  assert.strictEqual(Object.prototype.toString.call(hk), '[object CryptoKey]');
  const mac = await subtle.sign('HMAC', hk, data);
  assert.strictEqual(hex(mac), require('crypto').createHmac('sha256', Buffer.from(key16)).update(data).digest('hex'));
  assert.strictEqual(await subtle.verify('HMAC', hk, mac, data), true);
  assert.strictEqual(await subtle.verify({ name: 'HMAC' }, hk, new Uint8Array(32), data), false);
  assert.deepStrictEqual(await subtle.exportKey('jwk', hk), {
    key_ops: ['sign', 'verify'], ext: true, alg: 'HS256', kty: 'oct', k: 'AQIDBAUGBwgJCgsMDQ4PEA',
  });
  assert.strictEqual(hex(await subtle.exportKey('raw', hk)), Buffer.from(key16).toString('hex'));

  const gcm = await subtle.importKey('raw', key16, 'AES-GCM', false, ['encrypt', 'decrypt']);
  assert.deepStrictEqual(gcm.algorithm, { name: 'AES-GCM', length: 128 });
  const iv = new Uint8Array(12).fill(7);
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array([1, 2]) }, gcm, data);
  assert.strictEqual(hex(ct), '7356870acc03d629b55e3b38c1bdbc91a4ad15cdd02b4f91f0ff34306615fc');
  assert.strictEqual(Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array([1, 2]) },
                                                      gcm, ct)).toString(), 'web crypto data');
  await assert.rejects(subtle.decrypt({ name: 'AES-GCM', iv }, gcm, ct), {
    name: 'OperationError', message: 'The operation failed for an operation-specific reason',
  });
  await assert.rejects(subtle.exportKey('raw', gcm), { name: 'InvalidAccessError', message: 'key is not extractable' });
  await assert.rejects(subtle.encrypt({ name: 'AES-GCM', iv }, hk, data), {
    name: 'InvalidAccessError', message: 'Key algorithm mismatch',
  });

  const cbc = await subtle.importKey('jwk', { kty: 'oct', k: 'AQIDBAUGBwgJCgsMDQ4PEA' }, 'AES-CBC', true, ['encrypt', 'decrypt']);
  const cbcCt = await subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, data);
  assert.strictEqual(hex(cbcCt), '288f157d3f0485a5a916d17e22ec5b86');
  assert.strictEqual(Buffer.from(await subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, cbcCt)).toString(),
                     'web crypto data');
  const ctr = await subtle.importKey('raw', key16, 'AES-CTR', false, ['encrypt']);
  assert.strictEqual(hex(await subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 64 }, ctr, data)),
                     'ac94e6314dcb68662d1e0bcbae86ca');

  const pb = await subtle.importKey('raw', new TextEncoder().encode('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  assert.deepStrictEqual(pb.algorithm, { name: 'PBKDF2' });
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(8), iterations: 1000, hash: 'SHA-256' },
                                                 pb, 256)), '9ac445267de112580f8c67a772609e77773a1770dd6e56a52f31971582a2b50f');
  const derived = await subtle.deriveKey({ name: 'PBKDF2', salt: new Uint8Array(8), iterations: 1000, hash: 'SHA-256' },
                                         pb, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  assert.deepStrictEqual(derived.algorithm, { name: 'AES-GCM', length: 256 });
  assert.strictEqual(hex(await subtle.exportKey('raw', derived)), '9ac445267de112580f8c67a772609e77773a1770dd6e56a52f31971582a2b50f');
  const hkdf = await subtle.importKey('raw', key16, 'HKDF', false, ['deriveBits']);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-512', salt: new Uint8Array(4), info: new Uint8Array(2) },
                                                 hkdf, 128)), '59aecdca39e28a7537f384e8384df8ea');

  const gen = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  assert.deepStrictEqual(gen.algorithm, { name: 'HMAC', length: 1024, hash: { name: 'SHA-512' } });
  assert.strictEqual((await subtle.exportKey('raw', gen)).byteLength, 128);
  const aes = await subtle.generateKey({ name: 'AES-CBC', length: 256 }, true, ['encrypt', 'decrypt']);
  assert.deepStrictEqual(aes.algorithm, { name: 'AES-CBC', length: 256 });

  await assert.rejects(subtle.importKey('raw', key16, 'FOO', false, ['encrypt']), {
    name: 'NotSupportedError', message: 'Unrecognized algorithm name',
  });
  await assert.rejects(subtle.importKey('raw', new Uint8Array(15), 'AES-GCM', false, ['encrypt']), {
    name: 'DataError', message: 'Invalid key length',
  });
  await assert.rejects(subtle.importKey('raw', key16, 'AES-GCM', false, ['sign']), {
    name: 'SyntaxError', message: 'Unsupported key usage for AES-GCM key',
  });
})().then(common.mustCall());
