'use strict';
// Cipheriv/Decipheriv argument checks, states and OpenSSL-style failures, as Node 24 reports them.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const k16 = Buffer.alloc(16, 1);
const iv16 = Buffer.alloc(16, 2);
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv16), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, Buffer.alloc(15)), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, null), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-ecb', k16, iv16), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-foo', k16, iv16), {
  name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
});
assert.throws(() => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(12), { authTagLength: 5 }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 5',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', 5, iv16), { code: 'ERR_INVALID_ARG_TYPE' });
// ECB takes no IV (null or empty)
{
  const c = crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16), null);
  assert.strictEqual(c.update('x', 'utf8', 'hex') + c.final('hex'), '1dd733a04c633c194fdeacf97c59d237');
  crypto.createCipheriv('aes-128-ecb', k16, Buffer.alloc(0));
}

// failures at final()
function ossl(code, message) {
  return { name: 'Error', code, message, library: 'Provider routines', opensslErrorStack: [message] };
}
{
  const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
  d.update(Buffer.alloc(16));
  assert.throws(() => d.final(), ossl('ERR_OSSL_BAD_DECRYPT', 'error:1C800064:Provider routines::bad decrypt'));
}
{
  const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
  d.update(Buffer.alloc(15));
  assert.throws(() => d.final(),
                ossl('ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH', 'error:1C80006B:Provider routines::wrong final block length'));
}
{
  const c = crypto.createCipheriv('aes-128-cbc', k16, iv16);
  c.setAutoPadding(false);
  c.update(Buffer.alloc(15));
  assert.throws(() => c.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH' });
}
{
  const d = crypto.createDecipheriv('aes-128-gcm', k16, Buffer.alloc(12));
  d.update(Buffer.alloc(15));
  assert.throws(() => d.final(), { name: 'Error', message: 'Unsupported state or unable to authenticate data' });
}

// AEAD states
{
  const c = crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(12));
  assert.throws(() => c.getAuthTag(), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag',
  });
  c.final();
  assert.strictEqual(c.getAuthTag().length, 16);
  assert.throws(() => c.update('x'), { name: 'Error', message: 'Trying to add data in unsupported state' });
  assert.throws(() => c.final(), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state' });
  assert.throws(() => c.setAutoPadding(false), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAutoPadding',
  });
  const c2 = crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(12));
  c2.update('x');
  assert.throws(() => c2.setAAD(Buffer.alloc(1)), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAAD',
  });
  const d = crypto.createDecipheriv('aes-128-gcm', k16, Buffer.alloc(12));
  assert.throws(() => d.setAuthTag(Buffer.alloc(3)), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3',
  });
  assert.strictEqual(typeof d.getAuthTag, 'undefined');
  assert.strictEqual(typeof c.setAuthTag, 'undefined');
}

// Cipher streams
{
  const key = Buffer.alloc(32, 9);
  const iv = Buffer.alloc(16, 8);
  const enc = crypto.createCipheriv('aes-256-ctr', key, iv);
  const dec = crypto.createDecipheriv('aes-256-ctr', key, iv);
  const out = [];
  dec.on('data', (d) => out.push(d));
  dec.on('end', common.mustCall(() => assert.strictEqual(Buffer.concat(out).toString(), 'stream through ctr')));
  enc.pipe(dec);
  enc.write('stream ');
  enc.end('through ctr');
}

const info = crypto.getCipherInfo('aes-256-cbc');
assert.strictEqual(info.mode, 'cbc');
assert.strictEqual(info.keyLength, 32);
assert.strictEqual(info.ivLength, 16);
assert.strictEqual(info.blockSize, 16);
assert.strictEqual(crypto.getCipherInfo('chacha20-poly1305').ivLength, 12);
assert.strictEqual(crypto.getCipherInfo('chacha20-poly1305').blockSize, undefined);
assert.strictEqual(crypto.getCipherInfo('nope'), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { keyLength: 15 }), undefined);
for (const name of ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'chacha20-poly1305', 'des-ede3-cbc']) {
  assert.ok(crypto.getCiphers().includes(name), name);
}
