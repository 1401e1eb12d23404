'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const bp = Buffer.from(p('bü'));
fs.writeFileSync(bp, 'buf path');
assert.strictEqual(fs.readFileSync(p('bü'), 'utf8'), 'buf path');
assert.strictEqual(fs.statSync(bp).size, 8);
assert.strictEqual(fs.existsSync(new Uint8Array(bp)), true);
fs.renameSync(bp, Buffer.from(p('renamed')));
assert.strictEqual(fs.existsSync(p('renamed')), true);
assert.throws(() => fs.readFileSync(Buffer.from(p('nope'))), {
  code: 'ENOENT', path: p('nope'),
});
assert.throws(() => fs.readFileSync(Buffer.from('a\0b')), {
  code: 'ERR_INVALID_ARG_VALUE',
});
fs.stat(Buffer.from(p('renamed')), common.mustSucceed((s) => assert.strictEqual(s.size, 8)));
