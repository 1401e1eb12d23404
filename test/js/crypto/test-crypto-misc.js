'use strict';
// timingSafeEqual, secret KeyObjects, constants, getCurves/getFips, argument errors of the KDFs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])), true);
assert.strictEqual(crypto.timingSafeEqual(new ArrayBuffer(4), new DataView(new ArrayBuffer(4))), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)), {
  name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', message: 'Input buffers must have the same byte length',
});
assert.throws(() => crypto.timingSafeEqual('a', 'a'), { code: 'ERR_INVALID_ARG_TYPE' });

{
  const src = Buffer.from('0123456789abcdef');
  const key = crypto.createSecretKey(src);
  src[0] = 0;
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.symmetricKeySize, 16);
  assert.strictEqual(key.asymmetricKeyType, undefined);
  assert.strictEqual(key.export().toString(), '0123456789abcdef');
  assert.deepStrictEqual(key.export({ format: 'jwk' }), { kty: 'oct', k: 'MDEyMzQ1Njc4OWFiY2RlZg' });
  assert.ok(key instanceof crypto.KeyObject);
  assert.ok(key.equals(crypto.createSecretKey('0123456789abcdef', 'utf8')));
  assert.ok(!key.equals(crypto.createSecretKey(Buffer.alloc(16))));
  assert.strictEqual(crypto.createSecretKey('00ff', 'hex').symmetricKeySize, 2);
  // a secret KeyObject works as cipher and HMAC key
  const c = crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(16));
  const ct = Buffer.concat([c.update('with a KeyObject'), c.final()]);
  const d = crypto.createDecipheriv('aes-128-cbc', Buffer.from('0123456789abcdef'), Buffer.alloc(16));
  assert.strictEqual(Buffer.concat([d.update(ct), d.final()]).toString(), 'with a KeyObject');
}

assert.strictEqual(crypto.constants.RSA_PKCS1_PADDING, 1);
assert.strictEqual(crypto.constants.RSA_PKCS1_OAEP_PADDING, 4);
assert.strictEqual(Object.getPrototypeOf(crypto.constants), null);
assert.ok(crypto.getCurves().includes('prime256v1'));
assert.strictEqual(crypto.getFips(), 0);

// KDF argument errors
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 32, 'nope'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 0, 32, 'sha1'), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
assert.throws(() => crypto.pbkdf2('a', 'b', 1, 32, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.pbkdf2Sync(1, 'b', 1, 32, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.scryptSync('a', 'b', 32, { N: 3 }), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: 'Invalid scrypt params',
});
assert.throws(() => crypto.scryptSync('a', 'b', 32, { N: 1 << 20 }), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  message: 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded',
});
assert.throws(() => crypto.scryptSync('a', 'b', 8, { N: 1 << 14, maxmem: 16 << 20 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
});
assert.strictEqual(crypto.scryptSync('a', 'b', 8, { N: 1 << 14, maxmem: 17 << 20 }).length, 8);
// N must be below 2^(16r)
assert.throws(() => crypto.scryptSync('a', 'b', 8, { N: 1 << 16, r: 1 }), { code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS' });
assert.throws(() => crypto.hkdfSync('sha256', 'a', 'b', 'c', 255 * 32 + 1), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
assert.strictEqual(crypto.hkdfSync('sha256', 'a', 'b', 'c', 255 * 32).byteLength, 255 * 32);
assert.throws(() => crypto.hkdfSync('nope', 'a', 'b', 'c', 10), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
assert.throws(() => crypto.hkdfSync('sha256', 'a', 'b', Buffer.alloc(1025), 10), {
  code: 'ERR_OUT_OF_RANGE',
});
crypto.hkdf('sha256', 'a', 'b', 'c', 16, common.mustSucceed((ab) => assert.strictEqual(ab.byteLength, 16)));
