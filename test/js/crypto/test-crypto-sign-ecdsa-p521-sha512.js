'use strict';
// ecdsa-p521-sha512: Node's signature verifies; node4j's signatures verify with sign/verify and createSign/createVerify; a changed message fails.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = "-----BEGIN PRIVATE KEY-----\nMIHuAgEAMBAGByqGSM49AgEGBSuBBAAjBIHWMIHTAgEBBEIA0WNrDWOZ2RlFsMRE\nG5PiUQTFsce6SPO1l8OSXC9y2rtDsSavvOfn8ZTcIPBqrQICalebV0anhHTlJIH6\nl9kp/L+hgYkDgYYABACZHdTHhGgIDwwLIocrN+XT/vMzq5znfpZ/TyWe/wZ0iiGx\n7A5Hb5MpLq09JNJgSrKFs3OttNlQdq0bm2m7EbUHWgGYMlC+/2xLSXB57K2coT0J\nZ++e4QQ6B38lJZFBXs/YS5d+mcQGF0SJun3Nid2ONfjHen1l74A202t0iF1SES/A\nzg==\n-----END PRIVATE KEY-----\n";
const pubPem = "-----BEGIN PUBLIC KEY-----\nMIGbMBAGByqGSM49AgEGBSuBBAAjA4GGAAQAmR3Ux4RoCA8MCyKHKzfl0/7zM6uc\n536Wf08lnv8GdIohsewOR2+TKS6tPSTSYEqyhbNzrbTZUHatG5tpuxG1B1oBmDJQ\nvv9sS0lweeytnKE9CWfvnuEEOgd/JSWRQV7P2EuXfpnEBhdEibp9zYndjjX4x3p9\nZe+ANtNrdIhdUhEvwM4=\n-----END PUBLIC KEY-----\n";
const opts = {};
const alg = "sha512";
const msg = Buffer.from("message to sign");
const nodeSig = Buffer.from("308188024200fd832767c3ea5c11bca9ba68fee84d496aabd420660dc17f0562bc1dac3ccf45b5361f9dc89d797274dc6e3cf3405698d90e16fef62cd6aae65eb1e6e2e0a9ad98024200fd60d96b2d11c8395dacf20ff042bb8455b754df32b1040d99028fdf4fb523b8681bc2b0ff3cd2b88a8fb1f00a64874c8c3dfaa1ff42fe9844f82493bb4753a806", 'hex');
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
