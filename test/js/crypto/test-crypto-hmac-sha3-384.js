'use strict';
// HMAC-sha3-384: Node's MAC for a short key; digest encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const mac = crypto.createHmac("sha3-384", 'key').update('The quick brown fox jumps over the lazy dog');
assert.strictEqual(mac.digest('hex'), "aa739ad9fcdf9be4a04f06680ade7a1bd1e01a0af64accb04366234cf9f6934a0f8589772f857681fcde8acc256091a2");
assert.strictEqual(crypto.createHmac("sha3-384", Buffer.from('key')).update('The quick brown fox ').update('jumps over the lazy dog').digest('base64'),
                   Buffer.from("aa739ad9fcdf9be4a04f06680ade7a1bd1e01a0af64accb04366234cf9f6934a0f8589772f857681fcde8acc256091a2", 'hex').toString('base64'));
