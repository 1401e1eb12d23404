'use strict';
// ECDH/X25519 deriveBits and deriveKey: lengths (null = all bits, partial bytes masked), and
// Node's errors for mismatched keys, curves, usages and missing parameters.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const access = (message) => ({ name: 'InvalidAccessError', message });

(async () => {
  const a = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits', 'deriveKey']);
  const b = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const c = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  const x = await subtle.generateKey('X25519', true, ['deriveBits']);
  const ecdsa = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const params = { name: 'ECDH', public: b.publicKey };

  const all = Buffer.from(await subtle.deriveBits(params, a.privateKey, null));
  assert.strictEqual(all.length, 32);
  assert.deepStrictEqual(Buffer.from(await subtle.deriveBits(params, a.privateKey)), all);
  assert.deepStrictEqual(Buffer.from(await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, 256)),
                         all);
  const partial = Buffer.from(await subtle.deriveBits(params, a.privateKey, 100));
  assert.strictEqual(partial.length, 13);
  assert.deepStrictEqual(partial.subarray(0, 12), all.subarray(0, 12));
  assert.strictEqual(partial[12], all[12] & 0xf0);
  assert.strictEqual((await subtle.deriveBits({ name: 'X25519', public: x.publicKey }, x.privateKey, 0)).byteLength, 0);

  await assert.rejects(subtle.deriveBits(params, a.privateKey, 264), {
    name: 'OperationError', message: 'derived bit length is too small',
  });
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: c.publicKey }, a.privateKey, 256),
                       access('Named curve mismatch'));
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: x.publicKey }, a.privateKey, 256),
                       access('key algorithm mismatch'));
  await assert.rejects(subtle.deriveBits({ name: 'X25519', public: b.publicKey }, a.privateKey, 256),
                       access('key algorithm mismatch'));
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, ecdsa.privateKey, 256),
                       access('baseKey does not have deriveBits usage'));
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: ecdsa.publicKey }, ecdsa.privateKey, 256),
                       access('key algorithm mismatch'));
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: b.privateKey }, a.privateKey, 256),
                       access('algorithm.public must be a public key'));
  await assert.rejects(subtle.deriveBits(params, b.publicKey, 256), access('baseKey does not have deriveBits usage'));
  await assert.rejects(subtle.deriveBits({ name: 'ECDH' }, a.privateKey, 256), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm cannot be converted to 'EcdhKeyDeriveParams' because " +
      "'public' is required in 'EcdhKeyDeriveParams'.",
  });
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: {} }, a.privateKey, 256), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'Failed to normalize algorithm: public in passed algorithm is not of type CryptoKey.',
  });
  // an all-zero X25519 public key gives an all-zero secret, which is refused
  const zero = await subtle.importKey('raw', Buffer.alloc(32), 'X25519', true, []);
  await assert.rejects(subtle.deriveBits({ name: 'X25519', public: zero }, x.privateKey, 256), {
    name: 'OperationError', message: 'The operation failed for an operation-specific reason',
  });

  const aes = await subtle.deriveKey(params, a.privateKey, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  assert.deepStrictEqual(aes.algorithm, { name: 'AES-GCM', length: 256 });
  assert.deepStrictEqual(Buffer.from(await subtle.exportKey('raw', aes)), all);
  // HMAC's default length is the hash's block size: more than P-256 gives
  await assert.rejects(subtle.deriveKey(params, a.privateKey, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']), {
    name: 'OperationError', message: 'derived bit length is too small',
  });
  await assert.rejects(subtle.deriveKey({ name: 'ECDH', public: a.publicKey }, b.privateKey,
                                        { name: 'AES-GCM', length: 128 }, true, ['encrypt']),
                       access('baseKey does not have deriveKey usage'));
})().then(common.mustCall());
