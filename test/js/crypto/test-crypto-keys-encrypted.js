'use strict';
// Private keys under a passphrase: PKCS#8 exported as PBES2 EncryptedPrivateKeyInfo (PEM and
// DER) and PKCS#1/SEC1 as legacy encrypted PEM, read back; keys OpenSSL/Node encrypted (fixtures)
// decrypt; Node's errors for missing and wrong passphrases and bad options.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const fixtures = require('path').join(__dirname, '../../fixtures/keys');
const read = (f) => require('fs').readFileSync(`${fixtures}/${f}`, 'utf8');

const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const data = Buffer.from('signed');

for (const cipher of ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'des-ede3-cbc']) {
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem', cipher, passphrase: 'top secret' });
  assert.match(pem, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
  assert.ok(crypto.createPrivateKey({ key: pem, passphrase: 'top secret' }).equals(privateKey));
  assert.ok(crypto.createPrivateKey({ key: pem, passphrase: Buffer.from('top secret') }).equals(privateKey));
  const der = privateKey.export({ type: 'pkcs8', format: 'der', cipher, passphrase: 'pw' });
  assert.ok(crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'pw' }).equals(privateKey));
  const sec1 = privateKey.export({ type: 'sec1', format: 'pem', cipher, passphrase: 'pw' });
  assert.match(sec1, new RegExp(`^-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: ${
    cipher.toUpperCase()},[0-9A-F]+\n\n`));
  assert.ok(crypto.createPrivateKey({ key: sec1, passphrase: 'pw' }).equals(privateKey));
}
const pem = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'top secret' });
// signing and public-key extraction take the passphrase too
const sig = crypto.sign('sha256', data, { key: pem, passphrase: 'top secret' });
assert.strictEqual(crypto.verify('sha256', data, crypto.createPublicKey({ key: pem, passphrase: 'top secret' }), sig),
                   true);

assert.throws(() => crypto.createPrivateKey(pem), {
  code: 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED',
  message: 'error:07880109:common libcrypto routines::interrupted or cancelled',
});
// a fixed key: with a random one, a wrong passphrase yields valid padding once in ~256 tries
assert.throws(() => crypto.createPrivateKey({ key: read('agent1-key-enc.pem'), passphrase: 'wrong' }), {
  code: 'ERR_OSSL_BAD_DECRYPT', message: 'error:1C800064:Provider routines::bad decrypt',
});
const der = privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-128-cbc', passphrase: 'pw' });
assert.throws(() => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }), {
  name: 'TypeError', code: 'ERR_MISSING_PASSPHRASE', message: 'Passphrase required for encrypted key',
});
assert.throws(() => privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.passphrase' is invalid. Received undefined",
});
assert.throws(() => privateKey.export({ type: 'pkcs8', format: 'pem', passphrase: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.cipher' is required when a passphrase is specified. Received undefined",
});
assert.throws(() => privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'nope', passphrase: 'x' }), {
  code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
});
assert.throws(() => privateKey.export({ type: 'sec1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message: 'The selected key encoding sec1 does not support encryption.',
});

// made by OpenSSL (PBES2, AES-256-CBC, HMAC-SHA256) and by Node (legacy PEM, AES-256-CBC and 3DES)
const agent1 = crypto.createPrivateKey({ key: read('agent1-key-enc.pem'), passphrase: 'secret' });
assert.ok(agent1.equals(crypto.createPrivateKey(read('agent1-key.pem'))));
const ec = crypto.createPrivateKey({ key: read('ec-key-legacy-enc.pem'), passphrase: 'node4j' });
assert.ok(ec.equals(crypto.createPrivateKey(read('ec-key.pem'))));
const rsa = crypto.createPrivateKey({ key: read('rsa-pkcs1-des3-enc.pem'), passphrase: 'node4j' });
assert.deepStrictEqual(rsa.export({ format: 'jwk' }), JSON.parse(read('rsa-pkcs1-des3-enc.jwk.json')));
assert.throws(() => crypto.createPrivateKey({ key: read('rsa-pkcs1-des3-enc.pem'), passphrase: 'nope' }), {
  code: 'ERR_OSSL_BAD_DECRYPT',
});
common.mustCall()();
