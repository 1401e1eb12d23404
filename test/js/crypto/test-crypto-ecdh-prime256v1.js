'use strict';
// ECDH on prime256v1 with keys made by Node: the public key from setPrivateKey, the shared secret with a compressed peer key, convertKey between formats.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const v = {
 "privA": "9f8617953ef96c420d9d29916b60688daefa181229e49f740373b93305dfe840",
 "pubB": "03b342fcdd4ed201267968b4ce595a08b77353dd1a78d56b0d4621032537ea0c59",
 "secret": "58b5b3d2ea94ff2c2c624e2d9f67f10e6668b0a8574209f03df661e127b1a578",
 "pubA": "04e86bdf830721aa9f857a2d8eb1a1bfbfaea4f147f37b1defb0d20fd0c181abf8d9490a0187cf5c4b2a18ff7d5f84a5e25d057003f736819f12724fff5cd7068e",
 "pubAhybrid": "06e86bdf830721aa9f857a2d8eb1a1bfbfaea4f147f37b1defb0d20fd0c181abf8d9490a0187cf5c4b2a18ff7d5f84a5e25d057003f736819f12724fff5cd7068e"
};
const e = crypto.createECDH("prime256v1");
e.setPrivateKey(v.privA, 'hex');
assert.strictEqual(e.getPublicKey('hex'), v.pubA);
assert.strictEqual(e.getPublicKey('hex', 'hybrid'), v.pubAhybrid);
assert.strictEqual(e.getPrivateKey('hex'), v.privA);
assert.strictEqual(e.computeSecret(v.pubB, 'hex', 'hex'), v.secret);
const unc = crypto.ECDH.convertKey(v.pubB, "prime256v1", 'hex', 'hex', 'uncompressed');
assert.strictEqual(e.computeSecret(unc, 'hex', 'hex'), v.secret);
assert.strictEqual(crypto.ECDH.convertKey(unc, "prime256v1", 'hex', 'hex', 'compressed'), v.pubB);
const other = crypto.createECDH("prime256v1");
other.generateKeys();
assert.deepStrictEqual(other.computeSecret(e.getPublicKey()), e.computeSecret(other.getPublicKey()));
