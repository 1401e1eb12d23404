'use strict';
// crypto.generateKey(Sync) for 'hmac' and 'aes' secret keys, and Node's option errors.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const hmac = crypto.generateKeySync('hmac', { length: 123 });
assert.strictEqual(hmac.type, 'secret');
assert.strictEqual(hmac.symmetricKeySize, 15);
for (const length of [128, 192, 256]) {
  const aes = crypto.generateKeySync('aes', { length });
  assert.strictEqual(aes.symmetricKeySize, length / 8);
  // usable as a cipher key
  const c = crypto.createCipheriv(`aes-${length}-gcm`, aes, Buffer.alloc(12));
  c.update('x');
  c.final();
}
assert.notDeepStrictEqual(crypto.generateKeySync('aes', { length: 128 }).export(),
                          crypto.generateKeySync('aes', { length: 128 }).export());
assert.throws(() => crypto.generateKeySync('aes', { length: 100 }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.length' must be one of: 128, 192, 256. Received 100",
});
assert.throws(() => crypto.generateKeySync('aes'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received undefined',
});
assert.throws(() => crypto.generateKeySync('hmac', { length: 7 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.length" is out of range. It must be >= 8 && <= 2147483647. Received 7',
});
assert.throws(() => crypto.generateKeySync('foo', { length: 7 }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'type' must be a supported key type. Received 'foo'",
});
assert.throws(() => crypto.generateKey('hmac', { length: 64 }), { code: 'ERR_INVALID_ARG_TYPE' });
crypto.generateKey('hmac', { length: 64 }, common.mustCall((err, key) => {
  assert.strictEqual(err, null);
  assert.strictEqual(key.symmetricKeySize, 8);
}));
