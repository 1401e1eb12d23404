'use strict';
// HMAC-sha512-224: Node's MAC for a short key; digest encodings agree.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const mac = crypto.createHmac("sha512-224", 'key').update('The quick brown fox jumps over the lazy dog');
assert.strictEqual(mac.digest('hex'), "a1afb4f708cb63570639195121785ada3dc615989cc3c73f38e306a3");
assert.strictEqual(crypto.createHmac("sha512-224", Buffer.from('key')).update('The quick brown fox ').update('jumps over the lazy dog').digest('base64'),
                   Buffer.from("a1afb4f708cb63570639195121785ada3dc615989cc3c73f38e306a3", 'hex').toString('base64'));
