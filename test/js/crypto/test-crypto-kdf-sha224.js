'use strict';
// pbkdf2 and hkdf with sha224: Node's derived bytes.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.pbkdf2Sync('pw', 'salt', 50, 40, "sha224").toString('hex'), "8a9aaa5cc39dcfd75370a0358a36174be715c5ebe1e34470c1dee6cdf24aa5c8daaeb36bc9188f5a");
assert.strictEqual(Buffer.from(crypto.hkdfSync("sha224", 'ikm', 'salt', 'info', 42)).toString('hex'), "907c85ca7147a0c8791edd4e386039ef23c71a3f34ec4419af8ecde25e4ab3bc821eb07c9cd7a2e7bc8f");
