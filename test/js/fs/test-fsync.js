'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const fd = fs.openSync(p('f'), 'w');
fs.writeSync(fd, 'data');
assert.strictEqual(fs.fsyncSync(fd), undefined);
assert.strictEqual(fs.fdatasyncSync(fd), undefined);
fs.fsync(fd, common.mustSucceed(() => {
  fs.fdatasync(fd, common.mustSucceed(() => fs.closeSync(fd)));
}));
assert.throws(() => fs.fsync(fd), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.fsyncSync('x'), { code: 'ERR_INVALID_ARG_TYPE' });
