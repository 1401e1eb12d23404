'use strict';
// Hash/Hmac API: encodings, copy(), crypto.hash(), XOF lengths, streams, errors.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const h = crypto.createHash('sha256').update('hello');
const c = h.copy();
assert.strictEqual(h.digest('hex'), '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
assert.strictEqual(c.update(' world').digest('base64'), 'uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=');
assert.strictEqual(crypto.createHash('sha256').update('').digest('base64url'),
                   '47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU');
assert.strictEqual(crypto.createHash('SHA256').update('a', 'latin1').digest('latin1').length, 32);
assert.ok(Buffer.isBuffer(crypto.createHash('sha1').digest()));
assert.ok(Buffer.isBuffer(crypto.createHash('sha1').digest('buffer')));
assert.ok(Buffer.isBuffer(crypto.createHash('sha1').digest('no-such-encoding')));
assert.strictEqual(crypto.createHash('md5').update('68656c6c6f', 'hex').digest('hex'),
                   crypto.createHash('md5').update('hello').digest('hex'));
assert.strictEqual(crypto.createHash('md5').update('aGVsbG8=', 'base64').digest('hex'), '5d41402abc4b2a76b9719d911017c592');
assert.strictEqual(crypto.createHash('md5').update(new Uint16Array([0x6568, 0x6c6c])).digest('hex'),
                   crypto.createHash('md5').update('hell').digest('hex'));
assert.strictEqual(crypto.createHash('md5').update(new DataView(Buffer.from('hello').buffer.slice(0))).digest('hex').length, 32);
// lone surrogates become U+FFFD, as V8 encodes them
assert.strictEqual(crypto.createHash('sha1').update('a\ud800b').digest('hex'),
                   crypto.createHash('sha1').update(Buffer.from('a\ufffdb')).digest('hex'));

// XOF lengths
assert.strictEqual(crypto.createHash('shake128').update('a').digest('hex'), '85c8de88d28866bf0868090b3961162b');
assert.strictEqual(crypto.createHash('shake128', { outputLength: 5 }).update('a').digest('hex'), '85c8de88d2');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 0 }).update('a').digest('hex'), '');
assert.strictEqual(crypto.createHash('shake256').update('').digest('hex'),
                   '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f');
{
  const x = crypto.createHash('shake128', { outputLength: 4 }).update('abc');
  assert.strictEqual(x.copy({ outputLength: 8 }).digest('hex'), '5881092dd818bf5c');
  assert.strictEqual(x.digest('hex'), '5881092d');
}
assert.throws(() => crypto.createHash('sha256', { outputLength: 5 }), {
  code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
  message: 'error:030000B2:digital envelope routines::not XOF or invalid length',
});
crypto.createHash('sha256', { outputLength: 32 });

// crypto.hash
assert.strictEqual(crypto.hash('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
assert.strictEqual(crypto.hash('sha1', 'abc', 'base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
assert.deepStrictEqual(crypto.hash('sha1', Buffer.from('abc'), 'buffer'),
                       Buffer.from('a9993e364706816aba3e25717850c26c9cd0d89d', 'hex'));

// errors
assert.throws(() => crypto.createHash('nope'), { name: 'Error', message: 'Digest method not supported' });
assert.throws(() => crypto.createHash(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "algorithm" argument must be of type string. Received type number (1)',
});
assert.throws(() => crypto.createHash('sha256').update(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. ' +
    'Received type number (1)',
});
{
  const d = crypto.createHash('sha1');
  d.digest();
  assert.throws(() => d.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
  assert.throws(() => d.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
  assert.throws(() => d.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}
assert.throws(() => crypto.createHmac('sha256'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, ' +
    'DataView, KeyObject, or CryptoKey. Received undefined',
});
assert.throws(() => crypto.createHmac('nope', 'k'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
{
  // a second Hmac digest() gives an empty result instead of throwing
  const m = crypto.createHmac('sha256', 'k');
  assert.strictEqual(m.digest('hex').length, 64);
  assert.strictEqual(m.digest('hex'), '');
  assert.deepStrictEqual(m.digest(), Buffer.alloc(0));
  assert.throws(() => m.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

// Hash and Hmac are Transform streams
{
  const s = crypto.createHash('sha256');
  s.on('data', common.mustCall((d) => {
    assert.strictEqual(d.toString('hex'), '97a78c00831554f7cc9745e8f6732edcfb571cf548a8d12b48a6e3fc31e5e3e6');
  }));
  s.write('stream');
  s.end('ed');
  const m = crypto.createHmac('sha1', 'key');
  m.setEncoding('hex');
  m.on('data', common.mustCall((d) => assert.strictEqual(d, crypto.createHmac('sha1', 'key').update('x').digest('hex'))));
  m.end('x');
}
assert.ok(crypto.createHash('md5') instanceof crypto.Hash);
assert.ok(crypto.createHash('md5') instanceof require('stream').Transform);
assert.ok(crypto.getHashes().includes('sha256'));
assert.ok(crypto.getHashes().includes('sha3-512'));
