'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');

const bad = 99998;
const cases = [
  [() => fs.fstatSync(bad), 'fstat'],
  [() => fs.readSync(bad, Buffer.alloc(4)), 'read'],
  [() => fs.writeSync(bad, 'x'), 'write'],
  [() => fs.writeSync(bad, Buffer.from('x')), 'write'],
  [() => fs.fsyncSync(bad), 'fsync'],
  [() => fs.fdatasyncSync(bad), 'fdatasync'],
  [() => fs.ftruncateSync(bad), 'ftruncate'],
  [() => fs.fchmodSync(bad, 0o644), 'fchmod'],
  [() => fs.futimesSync(bad, 1, 1), 'futime'],
  [() => fs.fchownSync(bad, 0, 0), 'fchown'],
];
for (const [fn, syscall] of cases) {
  assert.throws(fn, {
    code: 'EBADF', errno: -9, syscall, message: `EBADF: bad file descriptor, ${syscall}`,
  });
}
fs.fstat(bad, common.mustCall((err) => assert.strictEqual(err.syscall, 'fstat')));
fs.read(bad, Buffer.alloc(2), 0, 2, null, common.mustCall((err) => assert.strictEqual(err.code, 'EBADF')));
fs.write(bad, 'x', common.mustCall((err) => assert.strictEqual(err.syscall, 'write')));
fs.fsync(bad, common.mustCall((err) => assert.strictEqual(err.syscall, 'fsync')));
