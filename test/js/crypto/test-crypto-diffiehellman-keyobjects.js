'use strict';
// crypto.diffieHellman() with KeyObjects: X25519, X448 and EC keys agree both ways (keys made
// by node4j and keys recorded from reference Node 24), sync and with a callback; mismatched
// types fail with Node's error.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

for (const [type, opts] of [['x25519'], ['x448'], ['ec', { namedCurve: 'P-256' }], ['ec', { namedCurve: 'P-384' }]]) {
  const a = crypto.generateKeyPairSync(type, opts);
  const b = crypto.generateKeyPairSync(type, opts);
  const s1 = crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey });
  const s2 = crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey });
  assert.deepStrictEqual(s1, s2);
  crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey }, common.mustSucceed((s) => {
    assert.deepStrictEqual(s, s1);
  }));
}

// RFC 7748 section 6.1's X25519 example, as PKCS#8/SPKI DER
const alicePriv = crypto.createPrivateKey({
  key: Buffer.from('302e020100300506032b656e04220420' +
    '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a', 'hex'),
  format: 'der', type: 'pkcs8',
});
const bobPub = crypto.createPublicKey({
  key: Buffer.from('302a300506032b656e032100' +
    'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f', 'hex'),
  format: 'der', type: 'spki',
});
assert.strictEqual(crypto.diffieHellman({ privateKey: alicePriv, publicKey: bobPub }).toString('hex'),
                   '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742');

const x = crypto.generateKeyPairSync('x25519');
assert.throws(() => crypto.diffieHellman({ privateKey: x.privateKey, publicKey: crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey }),
              { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY', message: 'Incompatible key types for Diffie-Hellman: x25519 and ec' });
assert.throws(() => crypto.diffieHellman({ privateKey: x.privateKey }),
              { code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.publicKey' is invalid. Received undefined" });
const ed = crypto.generateKeyPairSync('ed25519');
assert.throws(() => crypto.diffieHellman({ privateKey: ed.privateKey, publicKey: ed.publicKey }),
              { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY', message: 'Incompatible key types for Diffie-Hellman: ed25519 and ed25519' });
