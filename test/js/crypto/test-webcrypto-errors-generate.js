'use strict';
// subtle.generateKey for asymmetric algorithms: the DOMException and TypeError names, codes and
// messages of reference Node 24, and the usages each half of a pair gets.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const e3 = new Uint8Array([1, 0, 1]);
const rsa = (extra) => ({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: e3, hash: 'SHA-256', ...extra });

(async () => {
  await assert.rejects(subtle.generateKey(rsa(), true, ['encrypt']), {
    name: 'SyntaxError', message: 'Unsupported key usage for RSASSA-PKCS1-v1_5 key',
  });
  await assert.rejects(subtle.generateKey(rsa(), true, []), {
    name: 'SyntaxError', message: 'Usages cannot be empty when creating a key.',
  });
  await assert.rejects(subtle.generateKey(rsa({ hash: undefined }), true, ['sign']), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm cannot be converted to 'RsaHashedKeyGenParams' " +
      "because 'hash' is required in 'RsaHashedKeyGenParams'.",
  });
  await assert.rejects(subtle.generateKey(rsa({ publicExponent: new Uint8Array([1, 0, 0]) }), true, ['sign']), {
    name: 'OperationError', message: 'The operation failed for an operation-specific reason',
  });
  await assert.rejects(subtle.generateKey(rsa({ hash: 'SHA-999' }), true, ['sign']), {
    name: 'NotSupportedError', message: 'Unrecognized algorithm name',
  });
  await assert.rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-999' }, true, ['sign']), {
    name: 'NotSupportedError', message: 'Unrecognized namedCurve',
  });
  await assert.rejects(subtle.generateKey({ name: 'ECDSA' }, true, ['sign']), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm cannot be converted to 'EcKeyGenParams' because " +
      "'namedCurve' is required in 'EcKeyGenParams'.",
  });
  await assert.rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['encrypt']), {
    name: 'SyntaxError', message: 'Unsupported key usage for ECDSA key',
  });
  // only a public usage: the private half would have none
  await assert.rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']), {
    name: 'SyntaxError', message: 'Usages cannot be empty when creating a key.',
  });
  await assert.rejects(subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['sign']), {
    name: 'SyntaxError', message: 'Unsupported key usage for ECDH key',
  });
  await assert.rejects(subtle.generateKey('NOPE', true, ['sign']), {
    name: 'NotSupportedError', message: 'Unrecognized algorithm name',
  });

  const pair = await subtle.generateKey(rsa(), false, ['verify', 'sign', 'verify']);
  assert.deepStrictEqual(Object.keys(pair), ['publicKey', 'privateKey']);
  assert.strictEqual(Object.getPrototypeOf(pair), Object.prototype);
  assert.deepStrictEqual(pair.publicKey.usages, ['verify']);
  assert.deepStrictEqual(pair.privateKey.usages, ['sign']);
  // the public half is always extractable
  assert.strictEqual(pair.publicKey.extractable, true);
  assert.strictEqual(pair.privateKey.extractable, false);
  assert.deepStrictEqual(pair.privateKey.algorithm, {
    name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: e3, hash: { name: 'SHA-256' },
  });
  const oaep = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: e3, hash: 'SHA-1' },
                                        true, ['wrapKey', 'encrypt', 'unwrapKey', 'decrypt']);
  assert.deepStrictEqual(oaep.publicKey.usages, ['encrypt', 'wrapKey']);
  assert.deepStrictEqual(oaep.privateKey.usages, ['decrypt', 'unwrapKey']);
  const x = await subtle.generateKey('X25519', true, ['deriveBits', 'deriveKey']);
  assert.deepStrictEqual(x.publicKey.usages, []);
  assert.deepStrictEqual(x.privateKey.usages, ['deriveKey', 'deriveBits']);
  const ec = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-521' }, true, ['deriveBits']);
  assert.deepStrictEqual(ec.privateKey.algorithm, { name: 'ECDH', namedCurve: 'P-521' });
  assert.strictEqual(ec.privateKey.type, 'private');
  assert.strictEqual(ec.publicKey.type, 'public');
})().then(common.mustCall());
