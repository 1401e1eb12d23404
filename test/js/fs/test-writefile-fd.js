'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'abcdef');
const fd = fs.openSync(p('f'), 'r+');
fs.readSync(fd, Buffer.alloc(2), 0, 2, null);
// writing through an fd starts at its current position and does not truncate
fs.writeFileSync(fd, 'XY');
assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'abXYef');
fs.writeFile(fd, 'Z', common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'abXYZf');
  fs.closeSync(fd);
}));
