'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const bytes = Buffer.from([0x61, 0xff, 0x62, 0xe2, 0x82, 0x63, 0xf0, 0x9f, 0x98, 0x80]);
fs.writeFileSync(p('f'), bytes);
assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), bytes.toString('utf8'));
assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'a\ufffdb\ufffdc\u{1f600}');
assert.strictEqual(fs.readFileSync(p('f'), 'latin1'), bytes.toString('latin1'));
assert.strictEqual(fs.readFileSync(p('f'), 'ascii'), bytes.toString('ascii'));
assert.strictEqual(fs.readFileSync(p('f'), 'ucs2'), bytes.toString('ucs2'));
assert.strictEqual(fs.readFileSync(p('f'), 'base64url'), bytes.toString('base64url'));
