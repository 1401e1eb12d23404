'use strict';
// sign/verify/encrypt/decrypt/exportKey/wrapKey with asymmetric keys: Node's errors for wrong
// keys, usages, missing parameters and formats.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const data = Buffer.from('x');
const access = (message) => ({ name: 'InvalidAccessError', message });
const notSupported = (message) => ({ name: 'NotSupportedError', message });

(async () => {
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const ed = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  const rsa = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024,
                                         publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
                                       true, ['sign', 'verify']);
  await assert.rejects(subtle.sign('ECDSA', ec.privateKey, data), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm cannot be converted to 'EcdsaParams' because 'hash' " +
      "is required in 'EcdsaParams'.",
  });
  await assert.rejects(subtle.sign({ name: 'RSA-PSS' }, rsa.privateKey, data), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm cannot be converted to 'RsaPssParams' because " +
      "'saltLength' is required in 'RsaPssParams'.",
  });
  await assert.rejects(subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ec.publicKey, data),
                       access('Unable to use this key to sign'));
  await assert.rejects(subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, ec.privateKey, data),
                       access('Key algorithm mismatch'));
  await assert.rejects(subtle.verify('Ed25519', ed.privateKey, Buffer.alloc(64), data),
                       access('Unable to use this key to verify'));
  await assert.rejects(subtle.sign('Ed25519', ed.privateKey, 'abc'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'sign' on 'SubtleCrypto': 3rd argument is not instance of ArrayBuffer, Buffer, " +
      'TypedArray, or DataView.',
  });
  await assert.rejects(subtle.encrypt({ name: 'RSA-OAEP' }, rsa.publicKey, data), access('Key algorithm mismatch'));
  // a malformed signature is simply invalid
  assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ec.publicKey, Buffer.alloc(10), data),
                     false);
  assert.strictEqual(await subtle.verify('Ed25519', ed.publicKey, Buffer.alloc(64), data), false);

  await assert.rejects(subtle.exportKey('raw', ec.privateKey),
                       notSupported('Unable to export ECDSA private key using raw format'));
  await assert.rejects(subtle.exportKey('spki', ec.privateKey),
                       notSupported('Unable to export ECDSA private key using spki format'));
  await assert.rejects(subtle.exportKey('pkcs8', ec.publicKey),
                       notSupported('Unable to export ECDSA public key using pkcs8 format'));
  await assert.rejects(subtle.exportKey('foo', ed.publicKey), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "Failed to execute 'exportKey' on 'SubtleCrypto': 1st argument 'foo' is not a valid enum value of type " +
      'KeyFormat.',
  });
  const locked = await subtle.generateKey('Ed25519', false, ['sign', 'verify']);
  await assert.rejects(subtle.exportKey('pkcs8', locked.privateKey), access('key is not extractable'));

  const kw = await subtle.generateKey({ name: 'AES-KW', length: 128 }, false, ['wrapKey']);
  const gcm = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt']);
  await assert.rejects(subtle.wrapKey('raw', gcm, kw, 'AES-KW'), access('key is not extractable'));
  await assert.rejects(subtle.wrapKey('raw', kw, gcm, { name: 'AES-GCM', iv: Buffer.alloc(12) }),
                       access('Unable to use this key to wrapKey'));
  const kw2 = await subtle.generateKey({ name: 'AES-KW', length: 128 }, true, ['wrapKey']);
  await assert.rejects(subtle.wrapKey('raw', kw2, kw2, { name: 'AES-GCM', iv: Buffer.alloc(12) }),
                       access('Key algorithm mismatch'));
})().then(common.mustCall());
