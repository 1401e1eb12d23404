'use strict';
// util.inspect of CryptoKeys and key pairs, as Node prints them (depth counted from the key).
const common = require('../../common');
const assert = require('assert');
const util = require('util');
const { subtle } = globalThis.crypto;

(async () => {
  const rsa = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024,
                                         publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
                                       true, ['sign', 'verify']);
  assert.strictEqual(util.inspect(rsa.privateKey), `CryptoKey {
  type: 'private',
  extractable: true,
  algorithm: {
    name: 'RSA-PSS',
    modulusLength: 1024,
    publicExponent: [Uint8Array],
    hash: [Object]
  },
  usages: [ 'sign' ]
}`);
  assert.match(util.inspect(rsa.privateKey, { depth: 4 }), /publicExponent: Uint8Array\(3\) \[ 1, 0, 1 \]/);
  assert.strictEqual(util.inspect(rsa), `{
  publicKey: CryptoKey {
    type: 'public',
    extractable: true,
    algorithm: {
      name: 'RSA-PSS',
      modulusLength: 1024,
      publicExponent: [Uint8Array],
      hash: [Object]
    },
    usages: [ 'verify' ]
  },
  privateKey: CryptoKey {
    type: 'private',
    extractable: true,
    algorithm: {
      name: 'RSA-PSS',
      modulusLength: 1024,
      publicExponent: [Uint8Array],
      hash: [Object]
    },
    usages: [ 'sign' ]
  }
}`);
  const ec = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, false, ['deriveBits']);
  assert.strictEqual(util.inspect(ec.privateKey, { breakLength: Infinity }),
                     "CryptoKey { type: 'private', extractable: false, algorithm: { name: 'ECDH', namedCurve: 'P-384' }, " +
                     "usages: [ 'deriveBits' ] }");
  assert.strictEqual(Object.prototype.toString.call(ec.publicKey), '[object CryptoKey]');
  assert.deepStrictEqual(Object.keys(ec.publicKey), []);
  const pub = await subtle.getPublicKey(ec.privateKey, []);
  assert.strictEqual(pub.type, 'public');
  assert.deepStrictEqual(await subtle.exportKey('spki', pub), await subtle.exportKey('spki', ec.publicKey));
})().then(common.mustCall());
