'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

const fd = fs.openSync(dir, 'r');
assert.strictEqual(fs.fstatSync(fd).isDirectory(), true);
fs.read(fd, Buffer.alloc(4), 0, 4, null, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.syscall, 'read');
  fs.closeSync(fd);
}));
assert.throws(() => fs.openSync(dir, 'w'), {
  code: 'EISDIR', message: `EISDIR: illegal operation on a directory, open '${dir}'`,
});
fs.writeFileSync(p('f'), '');
assert.throws(() => fs.openSync(p('f'), fs.constants.O_RDONLY | fs.constants.O_DIRECTORY), {
  code: 'ENOTDIR', syscall: 'open',
});
