'use strict';
// ed25519: signatures are byte-identical to Node's; node4j's signatures verify with sign/verify and createSign/createVerify; a changed message fails.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEICgj6/HijS8ZT/MuQ1MgmxBd/MBIDNHTMZhkQ/HAyyS0\n-----END PRIVATE KEY-----\n";
const pubPem = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGY6qfdk0Ao7AaigpF6FjWGgzYmwlIzgYx6aSXmMslAY=\n-----END PUBLIC KEY-----\n";
const opts = {};
const alg = null;
const msg = Buffer.from("message to sign");
const nodeSig = Buffer.from("fa2a01f2fffe6df393214f901337c150c4e302263f67fe7a67391535dc9997c6faf150fd71c386b83f5b8385b11ecfdbb631e83205fbb51ba0c7c0217aa8f701", 'hex');
const priv = crypto.createPrivateKey(privPem);
const pub = crypto.createPublicKey(pubPem);
assert.strictEqual(crypto.verify(alg, msg, { key: pub, ...opts }, nodeSig), true);
assert.strictEqual(crypto.verify(alg, Buffer.from('other'), { key: pub, ...opts }, nodeSig), false);
const mine = crypto.sign(alg, msg, { key: priv, ...opts });
assert.deepStrictEqual(mine, nodeSig);
assert.strictEqual(crypto.verify(alg, msg, { key: pubPem, ...opts }, mine), true);
