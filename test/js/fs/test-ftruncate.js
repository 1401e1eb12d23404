'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'abcdef');
const fd = fs.openSync(p('f'), 'r+');
fs.ftruncateSync(fd, 3);
assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'abc');
fs.ftruncateSync(fd);
assert.strictEqual(fs.fstatSync(fd).size, 0);
assert.throws(() => fs.ftruncateSync(fd, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "len" argument must be of type number. Received type string (\'x\')',
});
fs.writeSync(fd, 'hello', 0);
fs.ftruncate(fd, 2, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'he');
  fs.ftruncate(fd, common.mustSucceed(() => {
    assert.strictEqual(fs.fstatSync(fd).size, 0);
    fs.closeSync(fd);
  }));
}));
const rfd = fs.openSync(p('f'), 'r');
assert.throws(() => fs.ftruncateSync(rfd, 0), { code: 'EINVAL', syscall: 'ftruncate' });
fs.closeSync(rfd);
