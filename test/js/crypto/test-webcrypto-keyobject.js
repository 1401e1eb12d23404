'use strict';
// KeyObject.from(cryptoKey) for every kind of CryptoKey and keyObject.toCryptoKey(), with the
// checks toCryptoKey shares with importKey.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const { KeyObject } = crypto;
const { subtle } = globalThis.crypto;

(async () => {
  const ec = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const priv = KeyObject.from(ec.privateKey);
  assert.strictEqual(priv.type, 'private');
  assert.strictEqual(priv.asymmetricKeyType, 'ec');
  assert.deepStrictEqual(priv.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
  const pub = KeyObject.from(ec.publicKey);
  assert.strictEqual(pub.type, 'public');
  assert.ok(crypto.createPublicKey(priv).equals(pub));
  assert.deepStrictEqual(pub.export({ format: 'jwk' }), (({ key_ops, ext, ...j }) => j)(await subtle.exportKey('jwk', ec.publicKey)));

  const rsa = await subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024,
                                         publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
                                       true, ['sign', 'verify']);
  const rsaPriv = KeyObject.from(rsa.privateKey);
  assert.strictEqual(rsaPriv.asymmetricKeyType, 'rsa');
  assert.strictEqual(rsaPriv.asymmetricKeyDetails.modulusLength, 1024);
  // node:crypto signs with the same key Web Crypto verifies with
  const sig = crypto.sign('sha256', Buffer.from('data'), rsaPriv);
  assert.strictEqual(await subtle.verify('RSASSA-PKCS1-v1_5', rsa.publicKey, sig, Buffer.from('data')), true);

  const aes = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  const secret = KeyObject.from(aes);
  assert.strictEqual(secret.type, 'secret');
  assert.strictEqual(secret.symmetricKeySize, 16);
  assert.deepStrictEqual(secret.export(), Buffer.from(await subtle.exportKey('raw', aes)));

  const back = priv.toCryptoKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  assert.ok(back instanceof CryptoKey);
  assert.strictEqual(back.type, 'private');
  assert.deepStrictEqual(back.algorithm, { name: 'ECDH', namedCurve: 'P-256' });
  assert.deepStrictEqual(back.usages, ['deriveBits']);
  assert.throws(() => priv.toCryptoKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign']), {
    name: 'DataError', message: 'Named curve mismatch',
  });
  assert.throws(() => priv.toCryptoKey('Ed25519', true, ['sign']), { name: 'DataError', message: 'Invalid key type' });
  const cbc = crypto.createSecretKey(Buffer.alloc(16, 5)).toCryptoKey('AES-CBC', false, ['encrypt']);
  assert.deepStrictEqual(cbc.algorithm, { name: 'AES-CBC', length: 128 });
  assert.strictEqual(cbc.extractable, false);
  const edPair = crypto.generateKeyPairSync('ed25519');
  const edKey = edPair.publicKey.toCryptoKey('Ed25519', true, ['verify']);
  const edSig = crypto.sign(null, Buffer.from('m'), edPair.privateKey);
  assert.strictEqual(await subtle.verify('Ed25519', edKey, edSig, Buffer.from('m')), true);
  assert.throws(() => KeyObject.from({}), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
