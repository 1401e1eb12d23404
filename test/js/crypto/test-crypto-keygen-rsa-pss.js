'use strict';
// generateKeyPair('rsa-pss'): unrestricted keys and keys restricted to a hash, MGF1 hash and
// salt length (asymmetricKeyDetails, the parameters in the SPKI), signing with them, and DEP0154.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0154');
  assert.strictEqual(w.message, '"options.hash" is deprecated, use "options.hashAlgorithm" instead.');
}));

const plain = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024 });
assert.strictEqual(plain.publicKey.asymmetricKeyType, 'rsa-pss');
assert.deepStrictEqual(plain.publicKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
const data = Buffer.from('pss');
const sig = crypto.sign('sha256', data, plain.privateKey);
assert.strictEqual(crypto.verify('sha256', data, plain.publicKey, sig), true);
assert.strictEqual(crypto.verify('sha256', data, { key: plain.publicKey, saltLength: 222 }, sig), false);

const restricted = crypto.generateKeyPairSync('rsa-pss', {
  modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 16,
});
const details = {
  modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 16,
};
assert.deepStrictEqual(restricted.publicKey.asymmetricKeyDetails, details);
assert.deepStrictEqual(restricted.privateKey.asymmetricKeyDetails, details);
// the restrictions are in the SPKI's RSASSA-PSS-params, as OpenSSL writes them
const spki = restricted.publicKey.export({ type: 'spki', format: 'der' });
assert.strictEqual(spki.subarray(0, 70).toString('hex'),
                   '3081d3304106092a864886f70d01010a3034a00f300d06096086480165030402010500a11c301a06092a864886f70d' +
                   '010108300d06096086480165030402010500a203020110');
const back = crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' });
assert.deepStrictEqual(back.asymmetricKeyDetails, details);
const rsig = crypto.sign('sha256', data, { key: restricted.privateKey, saltLength: 16 });
assert.strictEqual(crypto.verify('sha256', data, back, rsig), true);

assert.deepStrictEqual(crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha384' })
  .privateKey.asymmetricKeyDetails, {
  modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha384', mgf1HashAlgorithm: 'sha384', saltLength: 48,
});
assert.deepStrictEqual(crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, mgf1HashAlgorithm: 'sha384' })
  .privateKey.asymmetricKeyDetails, {
  modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha1', mgf1HashAlgorithm: 'sha384', saltLength: 20,
});
assert.deepStrictEqual(crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, saltLength: 20 })
  .privateKey.asymmetricKeyDetails, {
  modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha1', mgf1HashAlgorithm: 'sha1', saltLength: 20,
});
assert.strictEqual(crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hash: 'sha512' })
  .publicKey.asymmetricKeyDetails.hashAlgorithm, 'sha512');
assert.throws(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'foo' }), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo',
});
assert.throws(() => plain.publicKey.export({ format: 'jwk' }), { code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE' });
crypto.generateKeyPair('rsa-pss', { modulusLength: 1024 }, common.mustSucceed((pub) => {
  assert.strictEqual(pub.asymmetricKeyType, 'rsa-pss');
}));
