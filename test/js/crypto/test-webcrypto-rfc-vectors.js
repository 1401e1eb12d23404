'use strict';
// Published test vectors through Web Crypto: X25519 (RFC 7748 section 6.1) and Ed25519/Ed448
// (RFC 8032 section 7), with keys imported as JWK and raw.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');
const hex = (ab) => Buffer.from(ab).toString('hex');

(async () => {
  const alice = ['77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
                 '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a'];
  const bob = ['5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb',
               'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'];
  const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
  const x = (d, pub) => ({ kty: 'OKP', crv: 'X25519', d: b64u(d), x: b64u(pub) });
  const alicePriv = await subtle.importKey('jwk', x(...alice), 'X25519', false, ['deriveBits']);
  const bobPub = await subtle.importKey('raw', Buffer.from(bob[1], 'hex'), 'X25519', true, []);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'X25519', public: bobPub }, alicePriv, 256)), shared);
  const bobPriv = await subtle.importKey('jwk', x(...bob), 'X25519', false, ['deriveBits']);
  const alicePub = await subtle.importKey('raw', Buffer.from(alice[1], 'hex'), 'X25519', true, []);
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'X25519', public: alicePub }, bobPriv, null)), shared);
  // the public key computed from the private one
  assert.strictEqual(hex(await subtle.exportKey('raw', await subtle.getPublicKey(
    await subtle.importKey('jwk', x(...alice), 'X25519', true, ['deriveBits']), []))), alice[1]);

  const ed = [
    ['Ed25519', '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
     'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '',
     'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe' +
     '24655141438e7a100b'],
    ['Ed25519', '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
     '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72',
     '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb430' +
     '2aeeb00d291612bb0c00'],
    ['Ed448', '6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e754' +
     '9a20098f95b',
     '5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe82' +
     '56180', '',
     '533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f2b233f034f628281f2fd7a22ddd47d7828c59bd0a21bf' +
     'd3980ff0d2028d4b18a9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4dbb61149f05a7363268c71d95808' +
     'ff2e652600'],
  ];
  for (const [name, d, pub, msg, sig] of ed) {
    const priv = await subtle.importKey('jwk', { kty: 'OKP', crv: name, d: b64u(d), x: b64u(pub) }, name, false,
                                        ['sign']);
    const data = Buffer.from(msg, 'hex');
    assert.strictEqual(hex(await subtle.sign(name, priv, data)), sig);
    const publicKey = await subtle.importKey('raw', Buffer.from(pub, 'hex'), name, true, ['verify']);
    assert.strictEqual(await subtle.verify(name, publicKey, Buffer.from(sig, 'hex'), data), true);
    assert.strictEqual(await subtle.verify(name, publicKey, Buffer.from(sig, 'hex'), Buffer.from('00', 'hex')), false);
  }
})().then(common.mustCall());
