'use strict';
// generateKeyPair(Sync) for rsa, ec, ed25519, ed448, x25519, x448: KeyObjects or encoded
// output, every encoding read back, sign/verify and encrypt/decrypt with the new keys, errors.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const util = require('util');

for (const [type, opts] of [['rsa', { modulusLength: 1024 }], ['ec', { namedCurve: 'P-256' }],
  ['ec', { namedCurve: 'secp384r1' }], ['ed25519'], ['ed448'], ['x25519'], ['x448']]) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, opts);
  assert.strictEqual(publicKey.type, 'public');
  assert.strictEqual(privateKey.type, 'private');
  assert.strictEqual(publicKey.asymmetricKeyType, type);
  assert.ok(publicKey instanceof crypto.KeyObject);
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  const pubPem = publicKey.export({ type: 'spki', format: 'pem' });
  assert.match(pem, /^-----BEGIN PRIVATE KEY-----\n/);
  assert.match(pubPem, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.ok(crypto.createPrivateKey(pem).equals(privateKey), `${type} pem`);
  assert.ok(crypto.createPublicKey(pem).equals(publicKey), `${type} public from private pem`);
  assert.ok(crypto.createPublicKey(pubPem).equals(publicKey));
  assert.ok(crypto.createPrivateKey({ key: privateKey.export({ format: 'jwk' }), format: 'jwk' }).equals(privateKey));
  assert.ok(crypto.createPublicKey({ key: publicKey.export({ format: 'jwk' }), format: 'jwk' }).equals(publicKey));
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  assert.ok(crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).equals(privateKey));
  assert.ok(!privateKey.equals(publicKey));
  if (!type.startsWith('x')) {
    const alg = type.startsWith('ed') ? null : 'sha256';
    const s = crypto.sign(alg, Buffer.from('data'), privateKey);
    assert.ok(crypto.verify(alg, Buffer.from('data'), publicKey, s));
    assert.ok(!crypto.verify(alg, Buffer.from('datA'), publicKey, s));
  }
  assert.strictEqual(util.inspect(privateKey), 'PrivateKeyObject {}');
}

{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 1024,
    publicExponent: 3,
    publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'der' },
  });
  assert.match(publicKey, /^-----BEGIN RSA PUBLIC KEY-----\n/);
  assert.ok(Buffer.isBuffer(privateKey));
  const key = crypto.createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs1' });
  assert.deepStrictEqual(key.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 3n });
  const ct = crypto.publicEncrypt(publicKey, Buffer.from('secret'));
  assert.strictEqual(crypto.privateDecrypt(key, ct).toString(), 'secret');
  const sig = crypto.createSign('sha512').update('abc').sign(key, 'base64');
  assert.ok(crypto.createVerify('sha512').update('abc').verify(publicKey, sig, 'base64'));
}
{
  const { privateKey } = crypto.generateKeyPairSync('ec', {
    namedCurve: 'prime256v1', privateKeyEncoding: { type: 'sec1', format: 'pem' },
  });
  assert.match(privateKey, /^-----BEGIN EC PRIVATE KEY-----\n/);
  assert.strictEqual(crypto.createPrivateKey(privateKey).asymmetricKeyDetails.namedCurve, 'prime256v1');
}

crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, common.mustSucceed((pub, priv) => {
  assert.strictEqual(pub.type, 'public');
  assert.strictEqual(priv.type, 'private');
}));
crypto.generateKeyPair('ed25519', {
  publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
}, common.mustSucceed((pub, priv) => {
  assert.strictEqual(typeof pub, 'string');
  assert.strictEqual(typeof priv, 'string');
}));

// errors
const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
assert.throws(() => crypto.createPrivateKey('garbage'), {
  name: 'Error', code: 'ERR_OSSL_UNSUPPORTED', message: 'error:1E08010C:DECODER routines::unsupported',
});
assert.throws(() => crypto.createPrivateKey(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, ' +
    'DataView, or URL. Received type number (5)',
});
assert.throws(() => privateKey.export({ format: 'pem' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'The property \'options.type\' is invalid. Received undefined',
});
assert.throws(() => privateKey.export({ format: 'pem', type: 'spki' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => privateKey.export(), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received undefined',
});
assert.throws(() => crypto.createSign('nope'), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest' });
assert.throws(() => crypto.sign('nope', Buffer.from('x'), privateKey), { message: 'Invalid digest: nope' });
assert.throws(() => crypto.sign(null, Buffer.from('x'), crypto.createPublicKey(privateKey)), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
});
assert.throws(() => crypto.generateKeyPairSync('rsa', {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.modulusLength" property must be of type number. Received undefined',
});
assert.throws(() => crypto.generateKeyPairSync('ec', {}), {
  message: 'The "options.namedCurve" property must be of type string. Received undefined',
});
assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name',
});
assert.throws(() => crypto.generateKeyPairSync('foo', {}), {
  code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'type\' must be a supported key type. Received \'foo\'',
});
assert.throws(() => crypto.createPublicKey(crypto.createSecretKey(Buffer.alloc(4))), {
  code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
});
