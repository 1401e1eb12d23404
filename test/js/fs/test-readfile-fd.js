'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('a'), '0123456789');
const fd = fs.openSync(p('a'), 'r');
const b = Buffer.alloc(3);
fs.readSync(fd, b, 0, 3, null);
// readFile(fd) reads from the current position and leaves the fd open
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '3456789');
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');
fs.closeSync(fd);
const fd2 = fs.openSync(p('a'), 'r');
fs.readFile(fd2, 'utf8', common.mustSucceed((s) => {
  assert.strictEqual(s, '0123456789');
  fs.closeSync(fd2);
}));
