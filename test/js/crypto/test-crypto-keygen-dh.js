'use strict';
// generateKeyPair('dh') from a named group, a prime or a prime length; dh KeyObjects in
// crypto.diffieHellman (both sides agree, with a secret as long as the prime), PKCS#8/SPKI
// round trips, and Node's option errors.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const a = crypto.generateKeyPairSync('dh', { group: 'modp14' });
const b = crypto.generateKeyPairSync('dh', { group: 'modp14' });
assert.strictEqual(a.publicKey.asymmetricKeyType, 'dh');
assert.strictEqual(a.privateKey.asymmetricKeyType, 'dh');
assert.deepStrictEqual(a.publicKey.asymmetricKeyDetails, {});
const s1 = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
const s2 = crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey });
assert.strictEqual(s1.length, 256);
assert.deepStrictEqual(s1, s2);

// the same secret as the classic DiffieHellman API over the group's prime
const prime = crypto.getDiffieHellman('modp14').getPrime();
const c = crypto.generateKeyPairSync('dh', { prime, generator: 2 });
assert.deepStrictEqual(crypto.diffieHellman({ privateKey: c.privateKey, publicKey: a.publicKey }),
                       crypto.diffieHellman({ privateKey: a.privateKey, publicKey: c.publicKey }));

// PKCS#8 and SPKI (PEM and DER) re-import to equal keys
const pem = a.privateKey.export({ type: 'pkcs8', format: 'pem' });
assert.match(pem, /^-----BEGIN PRIVATE KEY-----\n/);
const again = crypto.createPrivateKey(pem);
assert.strictEqual(again.asymmetricKeyType, 'dh');
assert.ok(again.equals(a.privateKey));
const spki = a.publicKey.export({ type: 'spki', format: 'der' });
assert.ok(crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' }).equals(a.publicKey));
assert.ok(crypto.createPublicKey(a.privateKey).equals(a.publicKey));
assert.throws(() => a.publicKey.export({ format: 'jwk' }), {
  code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', message: 'Unsupported JWK Key Type.',
});

assert.throws(() => crypto.generateKeyPairSync('dh', {}), {
  code: 'ERR_MISSING_OPTION', message: 'At least one of the group, prime, or primeLength options is required',
});
assert.throws(() => crypto.generateKeyPairSync('dh', { group: 'nope' }), {
  code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group',
});
assert.throws(() => crypto.generateKeyPairSync('dh', { group: 'modp14', generator: 2 }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR', message: 'Option "group" cannot be used in combination with option "generator"',
});
assert.throws(() => crypto.generateKeyPairSync('dh', { group: 'modp1', primeLength: 512 }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  message: 'Option "group" cannot be used in combination with option "primeLength"',
});
assert.throws(() => crypto.generateKeyPairSync('dh', { prime: Buffer.from([23]) }), {
  message: 'error:0280007E:Diffie-Hellman routines::modulus too small',
});
// dh and ec keys do not mix
const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
assert.throws(() => crypto.diffieHellman({ privateKey: a.privateKey, publicKey: ec.publicKey }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY',
});

crypto.generateKeyPair('dh', { group: 'modp1' }, common.mustSucceed((publicKey, privateKey) => {
  assert.strictEqual(publicKey.asymmetricKeyType, 'dh');
  const other = crypto.generateKeyPairSync('dh', { group: 'modp1' });
  assert.strictEqual(crypto.diffieHellman({ privateKey, publicKey: other.publicKey }).length, 96);
}));
