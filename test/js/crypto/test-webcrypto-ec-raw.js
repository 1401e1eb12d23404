'use strict';
// Raw EC public keys: uncompressed points export, and compressed points import to the same key
// (on P-256, P-384 and P-521); OKP raw keys are their 32/56/57 bytes.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

(async () => {
  for (const [namedCurve, n] of [['P-256', 32], ['P-384', 48], ['P-521', 66]]) {
    const alg = { name: 'ECDH', namedCurve };
    const { publicKey } = await subtle.generateKey(alg, true, ['deriveBits']);
    const raw = Buffer.from(await subtle.exportKey('raw', publicKey));
    assert.strictEqual(raw.length, 2 * n + 1);
    assert.strictEqual(raw[0], 4);
    const compressed = Buffer.concat([Buffer.from([2 + (raw[2 * n] & 1)]), raw.subarray(1, 1 + n)]);
    const key = await subtle.importKey('raw', compressed, alg, true, []);
    assert.deepStrictEqual(Buffer.from(await subtle.exportKey('raw', key)), raw);
    assert.deepStrictEqual(await subtle.exportKey('spki', key), await subtle.exportKey('spki', publicKey));
    // the same x with the other parity is the negated point
    compressed[0] ^= 1;
    const other = Buffer.from(await subtle.exportKey('raw', await subtle.importKey('raw', compressed, alg, true, [])));
    assert.notDeepStrictEqual(other, raw);
    assert.deepStrictEqual(other.subarray(0, 1 + n), raw.subarray(0, 1 + n));
  }
  for (const [name, len, usages] of [['Ed25519', 32, ['sign', 'verify']], ['X25519', 32, ['deriveBits']],
    ['Ed448', 57, ['sign', 'verify']], ['X448', 56, ['deriveBits']]]) {
    const { publicKey } = await subtle.generateKey(name, true, usages);
    const raw = await subtle.exportKey('raw', publicKey);
    assert.strictEqual(raw.byteLength, len);
    const jwk = await subtle.exportKey('jwk', publicKey);
    assert.strictEqual(jwk.x, Buffer.from(raw).toString('base64url'));
    await assert.rejects(subtle.importKey('raw', Buffer.alloc(len + 1), name, true, []), {
      name: 'DataError', message: 'Invalid keyData',
    });
  }
})().then(common.mustCall());
