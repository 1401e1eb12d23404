'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), '');
const uid = process.getuid();
const gid = process.getgid();
// chown to our own ids always succeeds; -1 leaves an id unchanged
fs.chownSync(p('f'), uid, gid);
fs.chownSync(p('f'), -1, -1);
fs.symlinkSync(p('f'), p('l'));
fs.lchownSync(p('l'), uid, gid);
const fd = fs.openSync(p('f'), 'r');
fs.fchownSync(fd, uid, gid);
assert.strictEqual(fs.statSync(p('f')).uid, uid);
assert.throws(() => fs.chownSync(p('nope'), uid, gid), {
  code: 'ENOENT', syscall: 'chown', message: `ENOENT: no such file or directory, chown '${p('nope')}'`,
});
assert.throws(() => fs.lchownSync(p('nope'), uid, gid), { code: 'ENOENT', syscall: 'lchown' });
assert.throws(() => fs.chownSync(p('f'), -2, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "uid" is out of range. It must be >= -1 && <= 4294967295. Received -2',
});
assert.throws(() => fs.chownSync(p('f'), 'x', 1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "uid" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => fs.chownSync(p('f'), 1), {
  message: 'The "gid" argument must be of type number. Received undefined',
});
fs.chown(p('f'), uid, gid, common.mustSucceed());
fs.lchown(p('l'), uid, gid, common.mustSucceed());
fs.fchown(fd, uid, gid, common.mustSucceed(() => fs.closeSync(fd)));
