'use strict';
// Diffie-Hellman over modp1 with fixed private keys: Node's public value and shared secret; both sides agree; random keys agree too.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const prime = crypto.getDiffieHellman("modp1").getPrime();
const A = crypto.createDiffieHellman(prime, 2);
A.setPrivateKey(bytes(20, 13, 7));
A.generateKeys();
const B = crypto.createDiffieHellman(prime, 2);
B.setPrivateKey(bytes(24, 17, 5));
B.generateKeys();
assert.strictEqual(A.getPublicKey('hex'), "4b723f93e8b88996fc00c2e0c3d92878638ba85fe76cecf6287fcb432230ae395d30416a51417e620139cbe4a27b152622deb49e7ff0fdfb8df2e562671f71e17e005f07b895c8a937ae46e4b2a9984dddc69b029eeb660eb308d742a49d2b69");
assert.strictEqual(A.computeSecret(B.getPublicKey()).toString('hex'), "f3e37843f8446b6b5862b90812bc784d0c803dac08c344aa3f1e228c4ac89308bc4b92c4cd9898d7b57b0bba34f53254e875313e507ad0beecb7be41209159a771381e2c6bfaea06f0d5b9b86c40c37fe1e5a396c60b8d1786944b2a50dc61e1");
assert.strictEqual(B.computeSecret(A.getPublicKey('base64'), 'base64', 'hex'), "f3e37843f8446b6b5862b90812bc784d0c803dac08c344aa3f1e228c4ac89308bc4b92c4cd9898d7b57b0bba34f53254e875313e507ad0beecb7be41209159a771381e2c6bfaea06f0d5b9b86c40c37fe1e5a396c60b8d1786944b2a50dc61e1");
const x = crypto.getDiffieHellman("modp1");
const y = crypto.getDiffieHellman("modp1");
x.generateKeys();
y.generateKeys();
assert.deepStrictEqual(x.computeSecret(y.getPublicKey()), y.computeSecret(x.getPublicKey()));
