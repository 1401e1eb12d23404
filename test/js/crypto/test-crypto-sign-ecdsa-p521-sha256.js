'use strict';
// ecdsa-p521-sha256: Node's signature verifies; node4j's signatures verify with sign/verify and createSign/createVerify; a changed message fails.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const privPem = "-----BEGIN PRIVATE KEY-----\nMIHuAgEAMBAGByqGSM49AgEGBSuBBAAjBIHWMIHTAgEBBEIA0WNrDWOZ2RlFsMRE\nG5PiUQTFsce6SPO1l8OSXC9y2rtDsSavvOfn8ZTcIPBqrQICalebV0anhHTlJIH6\nl9kp/L+hgYkDgYYABACZHdTHhGgIDwwLIocrN+XT/vMzq5znfpZ/TyWe/wZ0iiGx\n7A5Hb5MpLq09JNJgSrKFs3OttNlQdq0bm2m7EbUHWgGYMlC+/2xLSXB57K2coT0J\nZ++e4QQ6B38lJZFBXs/YS5d+mcQGF0SJun3Nid2ONfjHen1l74A202t0iF1SES/A\nzg==\n-----END PRIVATE KEY-----\n";
const pubPem = "-----BEGIN PUBLIC KEY-----\nMIGbMBAGByqGSM49AgEGBSuBBAAjA4GGAAQAmR3Ux4RoCA8MCyKHKzfl0/7zM6uc\n536Wf08lnv8GdIohsewOR2+TKS6tPSTSYEqyhbNzrbTZUHatG5tpuxG1B1oBmDJQ\nvv9sS0lweeytnKE9CWfvnuEEOgd/JSWRQV7P2EuXfpnEBhdEibp9zYndjjX4x3p9\nZe+ANtNrdIhdUhEvwM4=\n-----END PUBLIC KEY-----\n";
const opts = {};
const alg = "sha256";
const msg = Buffer.from("message to sign");
const nodeSig = Buffer.from("30818702416377ebb87a592c975113bf55775983127dabff3fa7aaf9c7d25541ab8776ce7223cb939c90cde66d5555a7d2bf6eae54b7fc0f7037eef5ea66aaada93a8b871924024201f54eef8c5ec923671c578fbe88b63df31217be8a6ca331272f07d3f76b20174a8d08241d3a219f97e1ab8bd25684a7f79ac7d72457c48fc5116d77647046843a7e", 'hex');
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
