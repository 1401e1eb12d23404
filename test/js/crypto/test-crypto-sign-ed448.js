'use strict';
// ed448: signatures are byte-identical to Node's; node4j's signatures verify with sign/verify and createSign/createVerify; a changed message fails.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = "-----BEGIN PRIVATE KEY-----\nMEcCAQAwBQYDK2VxBDsEOUCxnSasOee/ZKcu4vtXyUrVrNzUjS+V+YRg1I9gYFrK\nM9/8HztKcyq37+py5iG7OqJWW938BxSuNw==\n-----END PRIVATE KEY-----\n";
const pubPem = "-----BEGIN PUBLIC KEY-----\nMEMwBQYDK2VxAzoAedoVc97JqUCOY0JDQ/GJSApOi9nwrZKn38gVNVwb+40pTYsD\nROMs45TWzPlD+SI4FoODAW0RWq2A\n-----END PUBLIC KEY-----\n";
const opts = {};
const alg = null;
const msg = Buffer.from("message to sign");
const nodeSig = Buffer.from("e62ffcea42bb63236594be11376a49a0fc45d891488905137cc81299300c2d578b3c1081460b3dd9da6e47bd83eec16b8e602ffdf4f7b755807d76d5fd8e478dc36f3296a65273f2c05964627962f9f83f75eef4bf46f915418183e84f08e74f421b4624dda8afd7a7f312523bc166533300", 'hex');
const priv = crypto.createPrivateKey(privPem);
const pub = crypto.createPublicKey(pubPem);
assert.strictEqual(crypto.verify(alg, msg, { key: pub, ...opts }, nodeSig), true);
assert.strictEqual(crypto.verify(alg, Buffer.from('other'), { key: pub, ...opts }, nodeSig), false);
const mine = crypto.sign(alg, msg, { key: priv, ...opts });
assert.deepStrictEqual(mine, nodeSig);
assert.strictEqual(crypto.verify(alg, msg, { key: pubPem, ...opts }, mine), true);
