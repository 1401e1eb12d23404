'use strict';
// pbkdf2 and hkdf with sha512-256: Node's derived bytes.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.pbkdf2Sync('pw', 'salt', 50, 40, "sha512-256").toString('hex'), "b2b28db77c2c4d26307bef11f35301db7c747e27c5a332242d496f6b87ee26679f8a85fc90434f0f");
assert.strictEqual(Buffer.from(crypto.hkdfSync("sha512-256", 'ikm', 'salt', 'info', 42)).toString('hex'), "234e926bcc6f74eb213f29db8f2d16f99c05e09dd83e20a66b6cf4d7e3450e76511b81d73388eb3cb473");
