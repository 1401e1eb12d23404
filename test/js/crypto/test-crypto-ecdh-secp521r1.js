'use strict';
// ECDH on secp521r1 with keys made by Node: the public key from setPrivateKey, the shared secret with a compressed peer key, convertKey between formats.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const v = {
 "privA": "0110c49cdbe11ffc84eee8a96d3abb6d2545e7fc40b71a9547980185a9e9bf37efa3a0de98c8ce3f38743d16d5781af7c066545cfa8d08530725f8c80bc2c65b6da2",
 "pubB": "0300198c1681c71457126097df15ada4de07e4f54588e0192db786128aee45286efde78bb8cc4561c44a30f7d639928bdecd10825463ba80fd163e53f1a1277b3a0d47",
 "secret": "0138f1541923321db16a991f4c6ffaa2d71f9dcd1a13404cb83ae27a43bb92bb4865d83a2c0a92422e6d510067bfdf44058a02c7b12b5fbe4d8d9308d774527dc242",
 "pubA": "040111f47165bea92b2c0d67d7dcda177a59fa8b0094730432c67389f726178be40768adae3423006ca26257136a2181e24b5f482783f26326f0f10911af618bd7be360120d0ba71dee07744e4f4de26c63ab842a689bd81efb6d6026bb63dce8f0ba3debb9a62a928428758cb8c253d626499636adaf33ca26bc75812e1259655654f50c8",
 "pubAhybrid": "060111f47165bea92b2c0d67d7dcda177a59fa8b0094730432c67389f726178be40768adae3423006ca26257136a2181e24b5f482783f26326f0f10911af618bd7be360120d0ba71dee07744e4f4de26c63ab842a689bd81efb6d6026bb63dce8f0ba3debb9a62a928428758cb8c253d626499636adaf33ca26bc75812e1259655654f50c8"
};
const e = crypto.createECDH("secp521r1");
e.setPrivateKey(v.privA, 'hex');
assert.strictEqual(e.getPublicKey('hex'), v.pubA);
assert.strictEqual(e.getPublicKey('hex', 'hybrid'), v.pubAhybrid);
assert.strictEqual(e.getPrivateKey('hex'), v.privA);
assert.strictEqual(e.computeSecret(v.pubB, 'hex', 'hex'), v.secret);
const unc = crypto.ECDH.convertKey(v.pubB, "secp521r1", 'hex', 'hex', 'uncompressed');
assert.strictEqual(e.computeSecret(unc, 'hex', 'hex'), v.secret);
assert.strictEqual(crypto.ECDH.convertKey(unc, "secp521r1", 'hex', 'hex', 'compressed'), v.pubB);
const other = crypto.createECDH("secp521r1");
other.generateKeys();
assert.deepStrictEqual(other.computeSecret(e.getPublicKey()), e.computeSecret(other.getPublicKey()));
