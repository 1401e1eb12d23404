'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

assert.throws(() => fs.writeFileSync(dir, 'x'), {
  code: 'EISDIR',
  message: `EISDIR: illegal operation on a directory, open '${dir}'`,
});
assert.throws(() => fs.writeFileSync(p('no/such'), 'x'), {
  code: 'ENOENT',
  syscall: 'open',
  path: p('no/such'),
});
assert.throws(() => fs.writeFileSync(p('x'), 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => fs.writeFileSync(p('x'), {}), { code: 'ERR_INVALID_ARG_TYPE' });
fs.writeFileSync(p('ex'), 'a');
assert.throws(() => fs.writeFileSync(p('ex'), 'b', { flag: 'wx' }), {
  code: 'EEXIST',
  message: `EEXIST: file already exists, open '${p('ex')}'`,
});
assert.strictEqual(fs.readFileSync(p('ex'), 'utf8'), 'a');
