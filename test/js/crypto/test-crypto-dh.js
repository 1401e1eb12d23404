'use strict';
// DiffieHellman and DiffieHellmanGroup: the MODP groups' primes, agreement between two parties,
// a fixed private key's public value as reference Node 24 computes it, verifyError flags,
// Node's errors and method sets.
require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const modp2 = crypto.getDiffieHellman('modp2');
assert.strictEqual(modp2.getPrime().length, 128);
assert.strictEqual(modp2.getGenerator('hex'), '02');
assert.strictEqual(modp2.verifyError, 0);
assert.strictEqual(crypto.createHash('sha256').update(crypto.getDiffieHellman('modp14').getPrime()).digest('hex'),
                   crypto.createHash('sha256').update(crypto.createDiffieHellmanGroup('modp14').getPrime()).digest('hex'));

for (const group of ['modp1', 'modp5', 'modp14']) {
  const a = crypto.getDiffieHellman(group);
  const b = crypto.getDiffieHellman(group);
  a.generateKeys();
  b.generateKeys();
  const s1 = a.computeSecret(b.getPublicKey());
  assert.deepStrictEqual(s1, b.computeSecret(a.getPublicKey('hex'), 'hex'));
  assert.strictEqual(s1.length, a.getPrime().length);
}

const p = crypto.createDiffieHellman(modp2.getPrime(), 2);
p.setPrivateKey(Buffer.from('0102030405', 'hex'));
p.generateKeys();
assert.strictEqual(p.getPublicKey('hex').slice(0, 40), '9a3a09a0aad21411c4db18a88952f94ddbda19af');
assert.strictEqual(p.verifyError, 0);
assert.strictEqual(crypto.createDiffieHellman(modp2.getPrime('hex'), 'hex').verifyError, 0);
assert.strictEqual(crypto.createDiffieHellman('53', 'hex').getPrime('hex'), '53');
assert.strictEqual(crypto.createDiffieHellman(Buffer.from('53', 'hex')).getGenerator('hex'), '02');
assert.strictEqual(crypto.createDiffieHellman(Buffer.from('53', 'hex'), 5).getGenerator('hex'), '05');

// OpenSSL's DH_check flags: 0x80 modulus too small, 0x01 not prime, 0x02 not a safe prime
assert.strictEqual(crypto.createDiffieHellman(Buffer.from('ffffffffffffffc5', 'hex')).verifyError, 130);
assert.strictEqual(crypto.createDiffieHellman(Buffer.from('17', 'hex'), 2).verifyError, 128);
assert.strictEqual(crypto.createDiffieHellman(Buffer.from('15', 'hex'), 2).verifyError, 129);
assert.strictEqual(crypto.createDiffieHellman(Buffer.from('0f', 'hex'), 3).verifyError, 129);

const g = crypto.getDiffieHellman('modp5');
assert.throws(() => g.getPublicKey(),
              { code: 'ERR_CRYPTO_INVALID_STATE', message: 'No public key - did you forget to generate one?' });
assert.throws(() => g.getPrivateKey(),
              { code: 'ERR_CRYPTO_INVALID_STATE', message: 'No private key - did you forget to generate one?' });
g.generateKeys();
assert.throws(() => g.computeSecret(Buffer.from([1])),
              { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too small' });
assert.throws(() => g.computeSecret(g.getPrime()),
              { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too large' });
assert.strictEqual(g.computeSecret(Buffer.from([2])).length, 192);
assert.throws(() => crypto.getDiffieHellman('modp99'), { code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group' });
assert.throws(() => crypto.createDiffieHellman(Buffer.from('53', 'hex'), Buffer.from([1])),
              { code: 'ERR_OSSL_DH_BAD_GENERATOR' });
assert.throws(() => crypto.createDiffieHellman(100), { name: 'TypeError', message: 'Invalid DH parameters' });
assert.throws(() => crypto.createDiffieHellman({}), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(crypto.createDiffieHellman(Buffer.from('53', 'hex')).constructor.name, 'DiffieHellman');
assert.strictEqual(crypto.getDiffieHellman('modp1').constructor.name, 'DiffieHellmanGroup');
assert.deepStrictEqual(Object.keys(crypto.getDiffieHellman('modp1')), ['verifyError']);
assert.strictEqual(typeof crypto.getDiffieHellman('modp1').setPrivateKey, 'undefined');
assert.strictEqual(typeof crypto.createDiffieHellman(Buffer.from('53', 'hex')).setPublicKey, 'function');
