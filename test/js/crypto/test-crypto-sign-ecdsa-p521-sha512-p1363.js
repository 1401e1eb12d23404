'use strict';
// ecdsa-p521-sha512-p1363: Node's signature verifies; node4j's signatures verify with sign/verify and createSign/createVerify; a changed message fails.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = "-----BEGIN PRIVATE KEY-----\nMIHuAgEAMBAGByqGSM49AgEGBSuBBAAjBIHWMIHTAgEBBEIA0WNrDWOZ2RlFsMRE\nG5PiUQTFsce6SPO1l8OSXC9y2rtDsSavvOfn8ZTcIPBqrQICalebV0anhHTlJIH6\nl9kp/L+hgYkDgYYABACZHdTHhGgIDwwLIocrN+XT/vMzq5znfpZ/TyWe/wZ0iiGx\n7A5Hb5MpLq09JNJgSrKFs3OttNlQdq0bm2m7EbUHWgGYMlC+/2xLSXB57K2coT0J\nZ++e4QQ6B38lJZFBXs/YS5d+mcQGF0SJun3Nid2ONfjHen1l74A202t0iF1SES/A\nzg==\n-----END PRIVATE KEY-----\n";
const pubPem = "-----BEGIN PUBLIC KEY-----\nMIGbMBAGByqGSM49AgEGBSuBBAAjA4GGAAQAmR3Ux4RoCA8MCyKHKzfl0/7zM6uc\n536Wf08lnv8GdIohsewOR2+TKS6tPSTSYEqyhbNzrbTZUHatG5tpuxG1B1oBmDJQ\nvv9sS0lweeytnKE9CWfvnuEEOgd/JSWRQV7P2EuXfpnEBhdEibp9zYndjjX4x3p9\nZe+ANtNrdIhdUhEvwM4=\n-----END PUBLIC KEY-----\n";
const opts = {
 "dsaEncoding": "ieee-p1363"
};
const alg = "sha512";
const msg = Buffer.from("message to sign");
const nodeSig = Buffer.from("004f745a9ff5a4fc624aa42995ca66b50b4f9d105aadec18cee0f7925586577620f30845d1f0c8b5389057f68bfe18bde06c8d450039ea4fe671f59ac2570918312500672a204422d97ee553ddf673aa5ce2e7c9f4660c393ce936828eeef7715141152aa0c1ac7df86ba91d079db7bbac2edc25f2cc5c2fa7e73c57e2b6ad7adb2b61d7", 'hex');
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
