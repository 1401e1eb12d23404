'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), '');
const fd = fs.openSync(p('f'), 'r+');
fs.futimesSync(fd, 10, 20);
assert.strictEqual(fs.fstatSync(fd).mtimeMs, 20000);
fs.futimes(fd, new Date(30000), new Date(40000), common.mustSucceed(() => {
  assert.strictEqual(fs.fstatSync(fd).mtimeMs, 40000);
  fs.closeSync(fd);
}));
fs.symlinkSync(p('f'), p('l'));
fs.lutimesSync(p('l'), 1, 2);
assert.strictEqual(fs.lstatSync(p('l')).mtimeMs, 2000);
assert.notStrictEqual(fs.statSync(p('l')).mtimeMs, 2000);
fs.lutimes(p('l'), 3, 4, common.mustSucceed(() => {
  assert.strictEqual(fs.lstatSync(p('l')).mtimeMs, 4000);
}));
assert.throws(() => fs.lutimesSync(p('nope'), 1, 1), { code: 'ENOENT', syscall: 'lutime' });
assert.throws(() => fs.futimesSync(fd, {}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "atime" argument must be an instance of Date or an Time in seconds. Received an instance of Object'
    .replace('an Time', 'an Time'),
});
