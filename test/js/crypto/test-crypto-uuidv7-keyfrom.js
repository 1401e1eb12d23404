'use strict';
// randomUUIDv7 (time-ordered UUIDs) and KeyObject.from(CryptoKey).
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const before = Date.now();
const u = crypto.randomUUIDv7();
const after = Date.now();
assert.match(u, re);
const ms = parseInt(u.slice(0, 8) + u.slice(9, 13), 16);
assert.ok(ms >= before && ms <= after, `${ms} in [${before}, ${after}]`);
assert.match(crypto.randomUUIDv7({ disableEntropyCache: true }), re);
assert.notStrictEqual(crypto.randomUUIDv7(), crypto.randomUUIDv7());
assert.throws(() => crypto.randomUUIDv7({ disableEntropyCache: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  const key = await globalThis.crypto.subtle.importKey('raw', new Uint8Array(16).fill(9), 'AES-GCM', true, ['encrypt']);
  const ko = crypto.KeyObject.from(key);
  assert.strictEqual(ko.type, 'secret');
  assert.strictEqual(ko.symmetricKeySize, 16);
  assert.deepStrictEqual(ko.export(), Buffer.alloc(16, 9));
  assert.throws(() => crypto.KeyObject.from({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be an instance of CryptoKey. Received an instance of Object',
  });
})().then(common.mustCall());
