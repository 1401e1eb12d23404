'use strict';
// Calling crypto.Hash/crypto.Hmac directly warns once each (DEP0179, DEP0181);
// createHash/createHmac do not.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const seen = [];
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  seen.push(`${w.code} ${w.message}`);
}, 2));
crypto.createHash('sha1').update('x').digest();
crypto.createHmac('sha1', 'k').update('x').digest();
const h = new crypto.Hash('sha1');
assert.ok(h instanceof crypto.Hash);
assert.strictEqual(h.update('abc').digest('hex'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
crypto.Hash('md5');
crypto.Hmac('sha1', 'k');
assert.ok(crypto.createHmac('sha1', 'k') instanceof crypto.Hmac);
process.on('exit', () => {
  assert.deepStrictEqual(seen, [
    'DEP0179 crypto.Hash constructor is deprecated.',
    'DEP0181 crypto.Hmac constructor is deprecated.',
  ]);
});
