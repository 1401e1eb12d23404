'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');

assert.throws(() => fs.closeSync('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fd" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => fs.closeSync(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => fs.closeSync(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.closeSync(99999), {
  code: 'EBADF', errno: -9, syscall: 'close', message: 'EBADF: bad file descriptor, close',
});
fs.close(99999, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EBADF');
  assert.strictEqual(err.message, 'EBADF: bad file descriptor, close');
}));
