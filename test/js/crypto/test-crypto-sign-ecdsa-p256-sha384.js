'use strict';
// ecdsa-p256-sha384: Node's signature verifies; node4j's signatures verify with sign/verify and createSign/createVerify; a changed message fails.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg0xHwUsR0zxkOa7/n\nv2Enqke1WXSWVp44XI4GCW7QXZuhRANCAAQ6t4bHBo3bZBH3XPwe67pep+p+ZaFa\nLPH7J5LECwO7az8+vurdU4HIKAtv3wakt/rZ0on+i5Lx9QqKJroctj5Z\n-----END PRIVATE KEY-----\n";
const pubPem = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEOreGxwaN22QR91z8Huu6XqfqfmWh\nWizx+yeSxAsDu2s/Pr7q3VOByCgLb98GpLf62dKJ/ouS8fUKiia6HLY+WQ==\n-----END PUBLIC KEY-----\n";
const opts = {};
const alg = "sha384";
const msg = Buffer.from("message to sign");
const nodeSig = Buffer.from("3045022100ef76a966ed2803afd9b93d8585a9cf6ed7854ad24cd5594bcda3b1a61841cd08022066845271ad79d5c7665e5626c2a6458ecb72722b62ed157429e24cc9489f058b", 'hex');
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
