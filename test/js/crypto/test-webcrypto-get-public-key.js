'use strict';
// subtle.getPublicKey (experimental in Node 24): the public half of each kind of private key,
// always extractable, with the usages a public key may have.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'ExperimentalWarning');
  assert.strictEqual(w.message,
                     'The getPublicKey Web Crypto API method is an experimental feature and might change at any time');
}));

(async () => {
  const pairs = [
    [{ name: 'ECDSA', namedCurve: 'P-384' }, ['sign', 'verify'], ['verify']],
    [{ name: 'ECDH', namedCurve: 'P-256' }, ['deriveBits'], []],
    ['Ed25519', ['sign', 'verify'], ['verify']],
    ['X25519', ['deriveKey'], []],
    [{ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
     ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'], ['wrapKey', 'encrypt']],
  ];
  for (const [alg, usages, pubUsages] of pairs) {
    const pair = await subtle.generateKey(alg, false, usages);
    const pub = await subtle.getPublicKey(pair.privateKey, pubUsages);
    assert.strictEqual(pub.type, 'public');
    assert.strictEqual(pub.extractable, true);
    assert.deepStrictEqual(pub.algorithm, pair.publicKey.algorithm);
    assert.deepStrictEqual(pub.usages, pair.publicKey.usages.filter((u) => pubUsages.includes(u)));
    assert.deepStrictEqual(await subtle.exportKey('spki', pub), await subtle.exportKey('spki', pair.publicKey));
  }
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  await assert.rejects(subtle.getPublicKey(ec.privateKey, ['sign']), {
    name: 'SyntaxError', message: 'Unsupported key usage for ECDSA key',
  });
})().then(common.mustCall());
