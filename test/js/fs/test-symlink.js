'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('t'), 'T');
fs.symlinkSync('t', p('rel'));
fs.symlinkSync(p('t'), p('abs'), 'file');
assert.strictEqual(fs.readlinkSync(p('rel')), 't');
assert.strictEqual(fs.readlinkSync(p('abs')), p('t'));
assert.strictEqual(fs.readFileSync(p('rel'), 'utf8'), 'T');
assert.throws(() => fs.symlinkSync('t', p('rel')), {
  code: 'EEXIST', syscall: 'symlink', path: 't', dest: p('rel'),
  message: `EEXIST: file already exists, symlink 't' -> '${p('rel')}'`,
});
assert.throws(() => fs.symlinkSync('t', p('no/such')), { code: 'ENOENT', syscall: 'symlink' });
assert.throws(() => fs.symlinkSync('t', p('x'), 'bad'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'type' must be one of: 'dir', 'file', 'junction', null, undefined. Received 'bad'",
});
fs.symlink(p('t'), p('cb'), common.mustSucceed(() => {
  assert.strictEqual(fs.readlinkSync(p('cb')), p('t'));
}));
fs.symlink('t', p('cb2'), 'dir', common.mustSucceed());
