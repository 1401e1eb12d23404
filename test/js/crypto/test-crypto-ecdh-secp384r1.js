'use strict';
// ECDH on secp384r1 with keys made by Node: the public key from setPrivateKey, the shared secret with a compressed peer key, convertKey between formats.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const v = {
 "privA": "d59b1813ac9fc7715d7a6f7d5f4cc4419204fea5afb50507f079de3bba60e6e4b88d90256bcfc8563230e07d0c0c9051",
 "pubB": "0384984f74353dd11e4a97ca9544469167157c3e5986eea9a05be6d55bc850af2e9b6ab13b0d738e300ddcfc8c54632bfd",
 "secret": "e3fcb6f7cadd42857204691a5f4bcf3bb25ec834a9d1d3853308cfd4d0154a02c077be19761eaeaadaf4e1eead39931e",
 "pubA": "040c5da9d8076072ee4800bacbafbc463f1a9c4ca27b0259612ae58c2ecfaff4c8eee19c36ee3035057c1b5df339094b91c6ea91279c9c48cc9cd1672140459bf06d2a23dd0b01e6e3392a3361157d4f529ebc528244c460509eeda4bf23db4495",
 "pubAhybrid": "070c5da9d8076072ee4800bacbafbc463f1a9c4ca27b0259612ae58c2ecfaff4c8eee19c36ee3035057c1b5df339094b91c6ea91279c9c48cc9cd1672140459bf06d2a23dd0b01e6e3392a3361157d4f529ebc528244c460509eeda4bf23db4495"
};
const e = crypto.createECDH("secp384r1");
e.setPrivateKey(v.privA, 'hex');
assert.strictEqual(e.getPublicKey('hex'), v.pubA);
assert.strictEqual(e.getPublicKey('hex', 'hybrid'), v.pubAhybrid);
assert.strictEqual(e.getPrivateKey('hex'), v.privA);
assert.strictEqual(e.computeSecret(v.pubB, 'hex', 'hex'), v.secret);
const unc = crypto.ECDH.convertKey(v.pubB, "secp384r1", 'hex', 'hex', 'uncompressed');
assert.strictEqual(e.computeSecret(unc, 'hex', 'hex'), v.secret);
assert.strictEqual(crypto.ECDH.convertKey(unc, "secp384r1", 'hex', 'hex', 'compressed'), v.pubB);
const other = crypto.createECDH("secp384r1");
other.generateKeys();
assert.deepStrictEqual(other.computeSecret(e.getPublicKey()), e.computeSecret(other.getPublicKey()));
