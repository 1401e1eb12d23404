'use strict';
// EdDSA with a context string (RFC 8032's Ed448 and Ed25519ctx): crypto.sign/verify's
// options.context and Web Crypto's Ed448 context give the signatures reference Node gives
// for the same keys (test/fixtures/keys/webcrypto/node.json), and a different context fails.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const { subtle } = globalThis.crypto;
const fx = require('../../fixtures/keys/webcrypto/node.json');

const msg = Buffer.from('msg');
const context = Buffer.from('ctx');
const expected448 =
  '2dd0f2e1f0601583d50ab7f06c125c513b25ae0facf8a15d27d563c22c65982c9ab027f107076987ca2a653f1eec3b12a8f4' +
  '4d6e7cc4c88000cc666dcdc447a5c96fa5ab4b5f6d2566e9d5800777b436b0dfbfccd61f598b3f37254100bdf0a2e96406e7' +
  '5e0cc3001c0289f0d67a6ea71700';
const expected25519 =
  '56913fc289a625c5827ddb59fdcd44fd96d88ea2c6c9d52c73d168e31db3a9f368ca779e9a8bdc93aa93688af6b28e8075e4' +
  '4acc8f789e8d01cf766da3465007';

for (const [name, expected] of [['Ed448', expected448], ['Ed25519', expected25519]]) {
  const privateKey = crypto.createPrivateKey({ key: fx[name].privateJwk, format: 'jwk' });
  const publicKey = crypto.createPublicKey({ key: fx[name].publicJwk, format: 'jwk' });
  const sig = crypto.sign(null, msg, { key: privateKey, context });
  assert.strictEqual(sig.toString('hex'), expected);
  assert.strictEqual(crypto.verify(null, msg, { key: publicKey, context }, sig), true);
  assert.strictEqual(crypto.verify(null, msg, { key: publicKey, context: Buffer.from('other') }, sig), false);
  assert.strictEqual(crypto.verify(null, msg, publicKey, sig), false);
  // an empty context is no context
  assert.deepStrictEqual(crypto.sign(null, msg, { key: privateKey, context: Buffer.alloc(0) }),
                         crypto.sign(null, msg, privateKey));
}

(async () => {
  const key = await subtle.importKey('jwk', fx.Ed448.privateJwk, 'Ed448', false, ['sign']);
  const pub = await subtle.importKey('jwk', fx.Ed448.publicJwk, 'Ed448', false, ['verify']);
  const sig = await subtle.sign({ name: 'Ed448', context }, key, msg);
  assert.strictEqual(Buffer.from(sig).toString('hex'), expected448);
  assert.strictEqual(await subtle.verify({ name: 'Ed448', context }, pub, sig, msg), true);
  assert.strictEqual(await subtle.verify('Ed448', pub, sig, msg), false);
})().then(common.mustCall());
