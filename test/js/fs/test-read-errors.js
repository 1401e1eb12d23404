'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p, dir } = require('./tmp');

fs.writeFileSync(p('a'), 'abc');
const fd = fs.openSync(p('a'), 'r');
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 5, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= -1. Received 1',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), -1, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => fs.readSync(fd), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received undefined',
});
assert.throws(() => fs.readSync(fd, 'str'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 1, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "position" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
});
fs.closeSync(fd);
const dfd = fs.openSync(dir, 'r');
assert.throws(() => fs.readSync(dfd, Buffer.alloc(4)), {
  code: 'EISDIR', syscall: 'read', message: 'EISDIR: illegal operation on a directory, read',
});
fs.closeSync(dfd);
const wfd = fs.openSync(p('w'), 'w');
assert.throws(() => fs.readSync(wfd, Buffer.alloc(4)), { code: 'EBADF', syscall: 'read' });
fs.closeSync(wfd);
