'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const fd = fs.openSync(p('a'), 'w');
assert.throws(() => fs.writeSync(fd, Buffer.alloc(4), 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => fs.writeSync(fd, Buffer.alloc(4), 0, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => fs.writeSync(fd, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => fs.writeSync(fd, {}), { code: 'ERR_INVALID_ARG_TYPE' });
fs.closeSync(fd);
const rfd = fs.openSync(p('a'), 'r');
assert.throws(() => fs.writeSync(rfd, 'x'), {
  code: 'EBADF', syscall: 'write', message: 'EBADF: bad file descriptor, write',
});
fs.closeSync(rfd);
