'use strict';
// scrypt with {"N":1024,"r":8,"p":1}: sync and callback forms give Node's key.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const opts = {"N":1024,"r":8,"p":1};
assert.strictEqual(crypto.scryptSync('pass', 'NaCl', 48, opts).toString('hex'), "6ad367e7bebf1b22bd6898a7f840bf104d5aee3d19f33dd278d982c03a43b6068ca0a8964620d8e80f3e075a8e858856");
crypto.scrypt('pass', 'NaCl', 48, opts, common.mustSucceed((k) => assert.strictEqual(k.toString('hex'), "6ad367e7bebf1b22bd6898a7f840bf104d5aee3d19f33dd278d982c03a43b6068ca0a8964620d8e80f3e075a8e858856")));
