'use strict';
// createECDH: keys from a fixed private scalar give reference Node 24's public points (all three
// formats) and shared secrets; two parties agree; convertKey; Node's errors.
require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const expected = {
  prime256v1: [32, '031e18532fd4754c02f3041d9c75ceb33b83ffd81ac7ce4fe882ccb1c98bc5896e',
    'c2ea5de6db1a37b847f9080d3732ee8ede8e4b120a3b29174fadc2b662a1449d'],
  secp384r1: [48, '03b01bfc4a2d7fe2095e6627cc5caf9abd153d5b551fe7f6da615da9d1bfd101e8d191e85902c0a34eaa3a16e666880b73',
    '2a6834ae4cc7bf3a4581ecb966b255a57da5fb3ce9c0699ce70885455add78f882973947d44110c3645c0da0417583e9'],
  secp521r1: [65, '0300e885ae400c9674eeca8cf31f686419a33138db4aae8a20067d62c94d600bb2a48d989aa95f9615d4e5bacdc044e179803072f8f133e115d25e96c556e469bd8ad3',
    '00d08a3a37cec933f4b89585f2d4a8f6f98d0483ac1b7ceb41c67f9a4c989a05e0d069a999d558529e53fa6c6b6bf527a9f121b3fab0ba341053227609bdf6031cd4'],
};
for (const [curve, [len, compressed, selfSecret]] of Object.entries(expected)) {
  const a = crypto.createECDH(curve);
  const b = crypto.createECDH(curve);
  a.generateKeys();
  b.generateKeys();
  assert.deepStrictEqual(a.computeSecret(b.getPublicKey()), b.computeSecret(a.getPublicKey(null, 'compressed')));
  assert.deepStrictEqual(a.computeSecret(b.getPublicKey('hex', 'hybrid'), 'hex'), b.computeSecret(a.getPublicKey()));

  const k = crypto.createECDH(curve);
  k.setPrivateKey(Buffer.alloc(len, 7));
  assert.strictEqual(k.getPublicKey('hex', 'compressed'), compressed);
  assert.strictEqual(k.computeSecret(k.getPublicKey()).toString('hex'), selfSecret);
  const uncompressed = k.getPublicKey();
  assert.strictEqual(uncompressed[0], 4);
  assert.deepStrictEqual(crypto.ECDH.convertKey(compressed, curve, 'hex', 'buffer', 'uncompressed'), uncompressed);
  assert.strictEqual(crypto.ECDH.convertKey(uncompressed, curve, null, 'hex', 'compressed'), compressed);
  const hybrid = k.getPublicKey(null, 'hybrid');
  assert.strictEqual(hybrid[0], compressed.startsWith('03') ? 7 : 6);
  assert.deepStrictEqual(hybrid.subarray(1), uncompressed.subarray(1));
}

// a private key of 32 bytes of 0x01, as recorded with Node
const one = crypto.createECDH('prime256v1');
one.setPrivateKey(Buffer.alloc(32, 1));
assert.strictEqual(one.getPublicKey('hex', 'compressed'),
                   '026ff03b949241ce1dadd43519e6960e0a85b41a69a05c328103aa2bce1594ca16');

assert.throws(() => crypto.createECDH('foo'), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name' });
assert.throws(() => one.computeSecret(Buffer.from('04abcd', 'hex')),
              { code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', message: 'Public key is not valid for specified curve' });
assert.throws(() => one.getPublicKey('hex', 'bad'),
              { name: 'TypeError', code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT', message: 'Invalid ECDH format: bad' });
assert.throws(() => crypto.createECDH('prime256v1').getPublicKey(),
              { code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH public key' });
assert.throws(() => crypto.createECDH('prime256v1').getPrivateKey(),
              { code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH private key' });
assert.throws(() => one.setPrivateKey(Buffer.alloc(32, 0)),
              { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYTYPE', message: 'Private key is not valid for specified curve.' });
assert.throws(() => crypto.ECDH.convertKey(one.getPublicKey(), 'nope'), { code: 'ERR_CRYPTO_INVALID_CURVE' });
assert.strictEqual(crypto.ECDH.convertKey('zz', 'prime256v1', 'hex', 'hex'), '');
assert.deepStrictEqual(Object.getOwnPropertyNames(crypto.ECDH.prototype).sort(),
                       ['computeSecret', 'constructor', 'generateKeys', 'getPrivateKey', 'getPublicKey',
                        'setPrivateKey', 'setPublicKey']);
