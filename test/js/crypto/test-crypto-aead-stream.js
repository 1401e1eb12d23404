'use strict';
// AEAD decryption hands out plaintext from update(), before final() checks the tag, as Node
// does (its own file: Node's OpenSSL error queue leaks earlier errors into final()'s message).
require('../../common');
const assert = require('assert');
const crypto = require('crypto');

for (const [alg, keyLen] of [['aes-256-gcm', 32], ['chacha20-poly1305', 32], ['aes-128-gcm', 16]]) {
  const k = Buffer.alloc(keyLen, 5);
  const n = Buffer.alloc(12, 6);
  const c = crypto.createCipheriv(alg, k, n, { authTagLength: 16 });
  const ct = Buffer.concat([c.update('streamed plaintext'), c.final()]);
  const d = crypto.createDecipheriv(alg, k, n, { authTagLength: 16 });
  d.setAuthTag(c.getAuthTag());
  assert.strictEqual(d.update(ct.subarray(0, 8)).toString() + d.update(ct.subarray(8)).toString(), 'streamed plaintext');
  assert.strictEqual(d.final().length, 0);
  const bad = crypto.createDecipheriv(alg, k, n, { authTagLength: 16 });
  bad.setAuthTag(Buffer.alloc(16));
  assert.strictEqual(bad.update(ct).toString(), 'streamed plaintext');
  assert.throws(() => bad.final(), { message: 'Unsupported state or unable to authenticate data' });
}
