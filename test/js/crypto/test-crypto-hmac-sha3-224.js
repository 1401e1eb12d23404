'use strict';
// HMAC-sha3-224: Node's MAC for a short key; digest encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const mac = crypto.createHmac("sha3-224", 'key').update('The quick brown fox jumps over the lazy dog');
assert.strictEqual(mac.digest('hex'), "ff6fa8447ce10fb1efdccfe62caf8b640fe46c4fb1007912bf85100f");
assert.strictEqual(crypto.createHmac("sha3-224", Buffer.from('key')).update('The quick brown fox ').update('jumps over the lazy dog').digest('base64'),
                   Buffer.from("ff6fa8447ce10fb1efdccfe62caf8b640fe46c4fb1007912bf85100f", 'hex').toString('base64'));
