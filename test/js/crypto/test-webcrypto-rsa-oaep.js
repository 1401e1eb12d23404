'use strict';
// RSA-OAEP with each hash: round trips, the label bound into the ciphertext, interop with
// crypto.publicEncrypt/privateDecrypt (oaepHash, oaepLabel), the plaintext size limit, and
// the JWK alg names.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const { subtle } = globalThis.crypto;

(async () => {
  const jwkAlg = { 'SHA-1': 'RSA-OAEP', 'SHA-256': 'RSA-OAEP-256', 'SHA-384': 'RSA-OAEP-384', 'SHA-512': 'RSA-OAEP-512' };
  const nodeHash = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
  for (const hash of Object.keys(jwkAlg)) {
    // SHA-512's OAEP padding alone takes 130 bytes
    const bits = hash === 'SHA-512' ? 2048 : 1024;
    const { publicKey, privateKey } = await subtle.generateKey(
      { name: 'RSA-OAEP', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash }, true,
      ['encrypt', 'decrypt']);
    assert.strictEqual((await subtle.exportKey('jwk', publicKey)).alg, jwkAlg[hash]);
    const label = Buffer.from('context');
    const ct = await subtle.encrypt({ name: 'RSA-OAEP', label }, publicKey, Buffer.from('secret'));
    assert.strictEqual(ct.byteLength, bits / 8);
    assert.strictEqual(Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label }, privateKey, ct)).toString(),
                       'secret');
    await assert.rejects(subtle.decrypt({ name: 'RSA-OAEP', label: Buffer.from('other') }, privateKey, ct), {
      name: 'OperationError', message: 'The operation failed for an operation-specific reason',
    });
    // node:crypto reads what Web Crypto wrote, and the reverse
    const nodeOptions = { key: crypto.KeyObject.from(privateKey), oaepHash: nodeHash[hash], oaepLabel: label };
    assert.strictEqual(crypto.privateDecrypt(nodeOptions, Buffer.from(ct)).toString(), 'secret');
    const nodeCt = crypto.publicEncrypt({ ...nodeOptions, key: crypto.KeyObject.from(publicKey) }, Buffer.from('back'));
    assert.strictEqual(Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label }, privateKey, nodeCt)).toString(),
                       'back');
    // at most k - 2 hLen - 2 bytes
    const max = bits / 8 - 2 * crypto.createHash(nodeHash[hash]).digest().length - 2;
    await subtle.encrypt({ name: 'RSA-OAEP' }, publicKey, Buffer.alloc(max));
    await assert.rejects(subtle.encrypt({ name: 'RSA-OAEP' }, publicKey, Buffer.alloc(max + 1)), {
      name: 'OperationError',
    });
  }
})().then(common.mustCall());
