'use strict';
// ecdsa-p384-sha512-p1363: Node's signature verifies; node4j's signatures verify with sign/verify and createSign/createVerify; a changed message fails.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = "-----BEGIN PRIVATE KEY-----\nMIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDC1kQ+mSmcs7H3G9zEJ\ntIHM/EgGQq2De0+SwukhwxOWrcCq9Ahvy4oKjLQebcq4qNyhZANiAATCoor2kTnA\nM48ITeVHDjrfOzUfDoCH8tOCKzciV8RTwA77KrRBiGN44wVI83ymRLup04GT8BnQ\n5Y4rHk5VP4sLuyza9rQWfGJCs1uasDkuqHpzkiQU95eIWMjITPKZSTM=\n-----END PRIVATE KEY-----\n";
const pubPem = "-----BEGIN PUBLIC KEY-----\nMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEwqKK9pE5wDOPCE3lRw463zs1Hw6Ah/LT\ngis3IlfEU8AO+yq0QYhjeOMFSPN8pkS7qdOBk/AZ0OWOKx5OVT+LC7ss2va0Fnxi\nQrNbmrA5Lqh6c5IkFPeXiFjIyEzymUkz\n-----END PUBLIC KEY-----\n";
const opts = {
 "dsaEncoding": "ieee-p1363"
};
const alg = "sha512";
const msg = Buffer.from("message to sign");
const nodeSig = Buffer.from("11719ac94c5ee4ccfabc61be037f5254e27f8a1ecf5465e5a6714fe1bef048dd49db900d24704f87760d8e1187d5e6c192787f37cbb2459a20c6c25f0626794d8d573e0d4f50ace56e1394877c0b2ef53a6272999e41cda0a2d161e94a2848be", 'hex');
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
