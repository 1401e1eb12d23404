'use strict';
// Diffie-Hellman over modp14 with fixed private keys: Node's public value and shared secret; both sides agree; random keys agree too.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const prime = crypto.getDiffieHellman("modp14").getPrime();
const A = crypto.createDiffieHellman(prime, 2);
A.setPrivateKey(bytes(20, 13, 7));
A.generateKeys();
const B = crypto.createDiffieHellman(prime, 2);
B.setPrivateKey(bytes(24, 17, 5));
B.generateKeys();
assert.strictEqual(A.getPublicKey('hex'), "70fe1c1e7dca54e674f949b3bf5c46b4509b34792895a309f8d6503e2c3b5a2ffd4811e01c6442bb54574a20437f0b8b54e8064101dff0a5b55fa357c897c0eb46fa9195a01d42c72588b5697a636b6c5cf9ca8a739207c8f50585408638658ea89e418e792125daa7312abbfe3703827ef28edaef0f65ebb0067aa34f1c05346a7d8659c3a2500246c61a01667f2440762708c3202b43a8a21f5ce6a46f5fc4d2be9807c142deebf0eebc2c6e251cf0518c232e3f3258673e0f290f6322d2b0520d1f91f67de9b37775ce49d4cd70e64d406bba5185551c3e27ef8aa5c356cefa05a1f8f414a14924ab55de7389751e1be5519707eade0f6343edab66715ea4");
assert.strictEqual(A.computeSecret(B.getPublicKey()).toString('hex'), "92e94245be237e1e1264771c3a774cc71d6f625fb9b02b62ef82716d0da58773ade0491444ba2b4905dae9874ef37167bb0e3759c9f5f23f3b235d945ded9e60f1a6f6a45127210fdd3736b5e4d6b2680d29b1395877cf0b193c1472fe8db6c5915302ebe948c70183b81fab096ebe81c0829d5149ec76672d316145e3043a2623e2afb5b536fc8a1742171516df2976ea73949c0344f4310b8e30ad3359df3a276225c9f5e8cbc52c0234af22635452bbca6b4d3dec147717e15b367a6b4f6880bdef1e1bfe8bf4c3cfa70dab227215f9399bf11381a68c261ff2984b90e8b73b4e1362c1a28bb7c9e2fcd0ea906013a5b30376ce7923d8d9df7968b38565df");
assert.strictEqual(B.computeSecret(A.getPublicKey('base64'), 'base64', 'hex'), "92e94245be237e1e1264771c3a774cc71d6f625fb9b02b62ef82716d0da58773ade0491444ba2b4905dae9874ef37167bb0e3759c9f5f23f3b235d945ded9e60f1a6f6a45127210fdd3736b5e4d6b2680d29b1395877cf0b193c1472fe8db6c5915302ebe948c70183b81fab096ebe81c0829d5149ec76672d316145e3043a2623e2afb5b536fc8a1742171516df2976ea73949c0344f4310b8e30ad3359df3a276225c9f5e8cbc52c0234af22635452bbca6b4d3dec147717e15b367a6b4f6880bdef1e1bfe8bf4c3cfa70dab227215f9399bf11381a68c261ff2984b90e8b73b4e1362c1a28bb7c9e2fcd0ea906013a5b30376ce7923d8d9df7968b38565df");
const x = crypto.getDiffieHellman("modp14");
const y = crypto.getDiffieHellman("modp14");
x.generateKeys();
y.generateKeys();
assert.deepStrictEqual(x.computeSecret(y.getPublicKey()), y.computeSecret(x.getPublicKey()));
