'use strict';
// ecdsa-p384-sha1: Node's signature verifies; node4j's signatures verify with sign/verify and createSign/createVerify; a changed message fails.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = "-----BEGIN PRIVATE KEY-----\nMIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDC1kQ+mSmcs7H3G9zEJ\ntIHM/EgGQq2De0+SwukhwxOWrcCq9Ahvy4oKjLQebcq4qNyhZANiAATCoor2kTnA\nM48ITeVHDjrfOzUfDoCH8tOCKzciV8RTwA77KrRBiGN44wVI83ymRLup04GT8BnQ\n5Y4rHk5VP4sLuyza9rQWfGJCs1uasDkuqHpzkiQU95eIWMjITPKZSTM=\n-----END PRIVATE KEY-----\n";
const pubPem = "-----BEGIN PUBLIC KEY-----\nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEwqKK9pE5wDOPCE3lRw463zs1Hw6Ah/LT\ngis3IlfEU8AO+yq0QYhjeOMFSPN8pkS7qdOBk/AZ0OWOKx5OVT+LC7ss2va0Fnxi\nQrNbmrA5Lqh6c5IkFPeXiFjIyEzymUkz\n-----END PUBLIC KEY-----\n";
const opts = {};
const alg = "sha1";
const msg = Buffer.from("message to sign");
const nodeSig = Buffer.from("306402304cf3ad0a19c0ca51a6e9b7d01873acb548528c5ba7b21d607ba49fb351c5e3035263db54b33f59d840214139101bbacf02305b468e9d3133bf651eb916d0c55f76c1fd9085945cbe07e17f318a86c243933a477c466e93cdb540da09cf3a05019e73", 'hex');
const priv = crypto.createPrivateKey(privPem);
const pub = crypto.createPublicKey(pubPem);
assert.strictEqual(crypto.verify(alg, msg, { key: pub, ...opts }, nodeSig), true);
assert.strictEqual(crypto.verify(alg, Buffer.from('other'), { key: pub, ...opts }, nodeSig), false);
const mine = crypto.sign(alg, msg, { key: priv, ...opts });
assert.strictEqual(crypto.verify(alg, msg, { key: pubPem, ...opts }, mine), true);
const s = crypto.createSign(alg);
s.update(msg.subarray(0, 5));
s.update(msg.subarray(5));
const sig2 = s.sign({ key: privPem, ...opts });
const v = crypto.createVerify(alg);
v.update(msg);
assert.strictEqual(v.verify({ key: pub, ...opts }, sig2), true);
const v2 = crypto.createVerify(alg);
v2.end(msg);
assert.strictEqual(v2.verify({ key: pub, ...opts }, nodeSig), true);
