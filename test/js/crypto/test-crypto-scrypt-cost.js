'use strict';
// scrypt with {"cost":512,"blockSize":2,"parallelization":3}: sync and callback forms give Node's key.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

const opts = {"cost":512,"blockSize":2,"parallelization":3};
assert.strictEqual(crypto.scryptSync('pass', 'NaCl', 48, opts).toString('hex'), "d994ad988d0f02fe83889810fa3f13498f0dbd666392da2954a0dbd779d5bcdfb02bb468c87fdd8835eb0b00c1a9597b");
crypto.scrypt('pass', 'NaCl', 48, opts, common.mustSucceed((k) => assert.strictEqual(k.toString('hex'), "d994ad988d0f02fe83889810fa3f13498f0dbd666392da2954a0dbd779d5bcdfb02bb468c87fdd8835eb0b00c1a9597b")));
