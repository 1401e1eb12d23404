'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.open(p('a'), 'w', common.mustSucceed((fd) => {
  assert.strictEqual(typeof fd, 'number');
  fs.close(fd, common.mustSucceed());
}));
fs.open(p('b'), 'w', 0o600, common.mustSucceed((fd) => {
  fs.close(fd, common.mustSucceed(() => {
    fs.open(p('b'), common.mustSucceed((fd2) => fs.closeSync(fd2)));
  }));
}));
fs.open(p('nope'), common.mustCall((err, fd) => {
  assert.strictEqual(fd, undefined);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, p('nope'));
}));
assert.throws(() => fs.open(p('a'), 'r'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received type string (\'r\')',
});
