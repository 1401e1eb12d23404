'use strict';
// subtle.importKey for asymmetric keys: Node's errors for bad formats, data, usages, key
// types, curves and JWK members.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const dataError = (message) => ({ name: 'DataError', message });

(async () => {
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const rsa = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024,
                                         publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
                                       true, ['encrypt', 'decrypt']);
  const spki = await subtle.exportKey('spki', ec.publicKey);
  const pkcs8 = await subtle.exportKey('pkcs8', ec.privateKey);
  const jwk = await subtle.exportKey('jwk', ec.publicKey);
  const p256 = { name: 'ECDSA', namedCurve: 'P-256' };

  await assert.rejects(subtle.importKey('foo', new Uint8Array(3), 'Ed25519', true, ['verify']), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "Failed to execute 'importKey' on 'SubtleCrypto': 1st argument 'foo' is not a valid enum value of type " +
      'KeyFormat.',
  });
  await assert.rejects(subtle.importKey('spki', new Uint8Array(3), 'Ed25519', true, ['verify']),
                       dataError('Invalid keyData'));
  await assert.rejects(subtle.importKey('raw', new Uint8Array(3), 'Ed25519', true, ['verify']),
                       dataError('Invalid keyData'));
  await assert.rejects(subtle.importKey('raw', new Uint8Array(65), p256, true, ['verify']), dataError('Invalid keyData'));
  await assert.rejects(subtle.importKey('raw', new Uint8Array(65), p256, true, ['sign']), {
    name: 'SyntaxError', message: 'Unsupported key usage for ECDSA key',
  });
  await assert.rejects(subtle.importKey('pkcs8', pkcs8, p256, true, ['verify']), {
    name: 'SyntaxError', message: 'Unsupported key usage for ECDSA key',
  });
  await assert.rejects(subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign']),
                       dataError('Named curve mismatch'));
  await assert.rejects(subtle.importKey('spki', spki, 'Ed25519', true, ['verify']), dataError('Invalid key type'));
  await assert.rejects(subtle.importKey('spki', await subtle.exportKey('spki', rsa.publicKey), p256, true, ['verify']),
                       dataError('Invalid key type'));
  await assert.rejects(subtle.importKey('spki', spki, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['verify']),
                       dataError('Invalid key type'));
  await assert.rejects(subtle.importKey('jwk', await subtle.exportKey('jwk', ec.privateKey), p256, true, []), {
    name: 'SyntaxError', message: 'Usages cannot be empty when importing a private key.',
  });
  await assert.rejects(subtle.importKey('raw', Buffer.alloc(16), { name: 'RSA-OAEP', hash: 'SHA-256' }, true,
                                        ['encrypt']), {
    name: 'NotSupportedError', message: 'Unable to import RSA-OAEP using raw format',
  });
  await assert.rejects(subtle.importKey('raw', Buffer.alloc(16), { name: 'ECDSA', namedCurve: 'P-25' }, true,
                                        ['verify']), { name: 'NotSupportedError', message: 'Unrecognized namedCurve' });
  await assert.rejects(subtle.importKey('jwk', 'x', 'Ed25519', true, ['verify']), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument cannot be converted to a dictionary",
  });
  // JWK members
  await assert.rejects(subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']),
                       dataError('JWK "crv" does not match the requested algorithm'));
  await assert.rejects(subtle.importKey('jwk', jwk, { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['encrypt']),
                       dataError('Invalid JWK "kty" Parameter'));
  await assert.rejects(subtle.importKey('jwk', { ...jwk, ext: false }, p256, true, ['verify']),
                       dataError('JWK "ext" Parameter and extractable mismatch'));
  await assert.rejects(subtle.importKey('jwk', { ...jwk, key_ops: ['sign'] }, p256, true, ['verify']),
                       dataError('Key operations and usage mismatch'));
  await assert.rejects(subtle.importKey('jwk', { ...jwk, key_ops: ['verify'], alg: 'ES384' }, p256, true, ['verify']),
                       dataError('JWK "alg" does not match the requested algorithm'));
  await assert.rejects(subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, p256, true, ['verify']),
                       dataError('Invalid keyData'));
  const rsaJwk = await subtle.exportKey('jwk', rsa.publicKey);
  assert.strictEqual(rsaJwk.alg, 'RSA-OAEP-256');
  await assert.rejects(subtle.importKey('jwk', rsaJwk, { name: 'RSA-OAEP', hash: 'SHA-384' }, true, ['encrypt']),
                       dataError('JWK "alg" does not match the requested algorithm'));
  const ed = await subtle.exportKey('jwk', (await subtle.generateKey('Ed25519', true, ['sign', 'verify'])).publicKey);
  await assert.rejects(subtle.importKey('jwk', { ...ed, crv: 'Ed448' }, 'Ed25519', true, ['verify']),
                       dataError('JWK "crv" Parameter and algorithm name mismatch'));
  await assert.rejects(subtle.importKey('jwk', { ...ed, alg: 'ES256' }, 'Ed25519', true, ['verify']),
                       dataError('JWK "alg" does not match the requested algorithm'));
  await assert.rejects(subtle.importKey('jwk', { ...ed, use: 'enc' }, 'Ed25519', true, ['verify']),
                       dataError('Invalid JWK "use" Parameter'));
  // accepted: a public key with no usages, 'EdDSA' as alg
  const none = await subtle.importKey('spki', spki, p256, true, []);
  assert.deepStrictEqual(none.usages, []);
  const edKey = await subtle.importKey('jwk', { ...ed, alg: 'EdDSA' }, 'Ed25519', true, ['verify']);
  assert.deepStrictEqual(edKey.algorithm, { name: 'Ed25519' });
})().then(common.mustCall());
