'use strict';
// AES-KW wrapKey/unwrapKey against RFC 3394's test vectors (4.1, 4.3, 4.6), the same bytes
// through crypto.createCipheriv('id-aesN-wrap'), and AES-KW's failures as Node reports them.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const { subtle } = globalThis.crypto;

const h = (s) => Buffer.from(s.replace(/ /g, ''), 'hex');
const vectors = [
  ['000102030405060708090A0B0C0D0E0F', '00112233445566778899AABBCCDDEEFF',
   '1FA68B0A8112B447 AEF34BD8FB5A7B82 9D3E862371D2CFE5'],
  ['000102030405060708090A0B0C0D0E0F1011121314151617', '00112233445566778899AABBCCDDEEFF',
   '96778B25AE6CA435 F92B5B97C050AED2 468AB8A17AD84E5D'],
  ['000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F',
   '00112233445566778899AABBCCDDEEFF000102030405060708090A0B0C0D0E0F',
   '28C9F404C4B810F4 CBCCB35CFB87F826 3F5786E2D80ED326 CBC7F0E71A99F43B FB988B9B7A02DD21'],
];

(async () => {
  for (const [kek, keyData, wrapped] of vectors) {
    const kw = await subtle.importKey('raw', h(kek), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
    assert.deepStrictEqual(kw.algorithm, { name: 'AES-KW', length: h(kek).length * 8 });
    const key = await subtle.importKey('raw', h(keyData), 'AES-CBC', true, ['encrypt']);
    assert.strictEqual(Buffer.from(await subtle.wrapKey('raw', key, kw, 'AES-KW')).toString('hex'),
                       h(wrapped).toString('hex'));
    const back = await subtle.unwrapKey('raw', h(wrapped), kw, { name: 'AES-KW' }, 'AES-CBC', true, ['decrypt']);
    assert.strictEqual(Buffer.from(await subtle.exportKey('raw', back)).toString('hex'), h(keyData).toString('hex'));

    const iv = h('A6A6A6A6A6A6A6A6');
    const name = `id-aes${h(kek).length * 8}-wrap`;
    const c = crypto.createCipheriv(name, h(kek), iv);
    assert.strictEqual(Buffer.concat([c.update(h(keyData)), c.final()]).toString('hex'), h(wrapped).toString('hex'));
    const d = crypto.createDecipheriv(name, h(kek), iv);
    assert.strictEqual(Buffer.concat([d.update(h(wrapped)), d.final()]).toString('hex'), h(keyData).toString('hex'));
  }
  const { nid, ...info } = crypto.getCipherInfo('aes256-wrap');
  assert.deepStrictEqual(info, { mode: 'wrap', name: 'id-aes256-wrap', blockSize: 8, ivLength: 8, keyLength: 32 });

  const kw = await subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['wrapKey', 'unwrapKey']);
  assert.deepStrictEqual(kw.usages, ['wrapKey', 'unwrapKey']);
  assert.deepStrictEqual(await subtle.exportKey('jwk', kw).then((j) => [j.alg, j.kty]), ['A128KW', 'oct']);
  await assert.rejects(subtle.encrypt('AES-KW', kw, Buffer.alloc(16)), {
    name: 'NotSupportedError', message: 'Unrecognized algorithm name',
  });
  await assert.rejects(subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['encrypt']), {
    name: 'SyntaxError', message: 'Unsupported key usage for AES-KW key',
  });
  // a wrapped key that fails the integrity check
  await assert.rejects(subtle.unwrapKey('raw', Buffer.alloc(24), kw, 'AES-KW', 'AES-GCM', true, ['encrypt']), {
    name: 'OperationError', message: 'The operation failed for an operation-specific reason',
  });
  // a 5-byte HMAC key is not a whole number of 8-byte blocks
  const odd = await subtle.importKey('raw', Buffer.alloc(5, 1), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  await assert.rejects(subtle.wrapKey('raw', odd, kw, 'AES-KW'), { name: 'OperationError' });
  // JWK text is padded with spaces to a whole block
  const gcm = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt', 'decrypt']);
  const wrappedJwk = await subtle.wrapKey('jwk', gcm, kw, 'AES-KW');
  assert.strictEqual(wrappedJwk.byteLength % 8, 0);
  const unwrapped = await subtle.unwrapKey('jwk', wrappedJwk, kw, 'AES-KW', 'AES-GCM', true, ['encrypt', 'decrypt']);
  assert.deepStrictEqual(await subtle.exportKey('jwk', unwrapped), await subtle.exportKey('jwk', gcm));
})().then(common.mustCall());
