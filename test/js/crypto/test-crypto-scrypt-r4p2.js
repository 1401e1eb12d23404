'use strict';
// scrypt with {"N":256,"r":4,"p":2}: sync and callback forms give Node's key.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const opts = {"N":256,"r":4,"p":2};
assert.strictEqual(crypto.scryptSync('pass', 'NaCl', 48, opts).toString('hex'), "0ed37c96ecf8ae70c5ecd146fabdaa3362bee00d0bc024729a683e9619ad6ce2617c643bfa1c29384d178d8c6ca24a2f");
crypto.scrypt('pass', 'NaCl', 48, opts, common.mustSucceed((k) => assert.strictEqual(k.toString('hex'), "0ed37c96ecf8ae70c5ecd146fabdaa3362bee00d0bc024729a683e9619ad6ce2617c643bfa1c29384d178d8c6ca24a2f")));
