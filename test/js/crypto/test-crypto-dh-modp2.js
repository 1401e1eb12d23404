'use strict';
// Diffie-Hellman over modp2 with fixed private keys: Node's public value and shared secret; both sides agree; random keys agree too.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const prime = crypto.getDiffieHellman("modp2").getPrime();
const A = crypto.createDiffieHellman(prime, 2);
A.setPrivateKey(bytes(20, 13, 7));
A.generateKeys();
const B = crypto.createDiffieHellman(prime, 2);
B.setPrivateKey(bytes(24, 17, 5));
B.generateKeys();
assert.strictEqual(A.getPublicKey('hex'), "f64c188c742e7afca100295bd9fc3f5e155a60f29fe9bcf84ee86d7037737a1d65ec8447998c8aa8bb89812a3ee08d181fb01af7685e1757bb3213e7be6ace5790ca0f8b1d6065cf333d98010f10bb107fedf3aaa4d39915a80811521353a1accb4d58825036801ad1932eac14ba042b5fd51e0fddaffbac682c7bfe1739e0a9");
assert.strictEqual(A.computeSecret(B.getPublicKey()).toString('hex'), "480e53f37e8fbb134c4e95c00b51f01332a51991048567797e5a803eac633aee07ecf1076f649e9f422ebfe714e2dac298522e7608f0657944b606cb1aea1cef29e5e40bf3dcedea778befb06796aa67d24834803ff03c68ce25f5b660adb3d2a8f6c233f01311c87b5dd8862b7e204928b6ac366c7eaba33185690b8a33c49a");
assert.strictEqual(B.computeSecret(A.getPublicKey('base64'), 'base64', 'hex'), "480e53f37e8fbb134c4e95c00b51f01332a51991048567797e5a803eac633aee07ecf1076f649e9f422ebfe714e2dac298522e7608f0657944b606cb1aea1cef29e5e40bf3dcedea778befb06796aa67d24834803ff03c68ce25f5b660adb3d2a8f6c233f01311c87b5dd8862b7e204928b6ac366c7eaba33185690b8a33c49a");
const x = crypto.getDiffieHellman("modp2");
const y = crypto.getDiffieHellman("modp2");
x.generateKeys();
y.generateKeys();
assert.deepStrictEqual(x.computeSecret(y.getPublicKey()), y.computeSecret(x.getPublicKey()));
