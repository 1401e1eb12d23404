'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.writeFileSync(p('f'), '12345');
fs.stat(p('f'), common.mustSucceed((s) => {
  assert.strictEqual(s.size, 5);
  assert.strictEqual(s.isFile(), true);
}));
fs.stat(dir, { bigint: true }, common.mustSucceed((s) => {
  assert.strictEqual(typeof s.size, 'bigint');
  assert.strictEqual(s.isDirectory(), true);
}));
fs.symlinkSync(p('f'), p('l'));
fs.lstat(p('l'), common.mustSucceed((s) => assert.strictEqual(s.isSymbolicLink(), true)));
fs.stat(p('l'), common.mustSucceed((s) => assert.strictEqual(s.isFile(), true)));
const fd = fs.openSync(p('f'), 'r');
fs.fstat(fd, common.mustSucceed((s) => {
  assert.strictEqual(s.size, 5);
  fs.closeSync(fd);
}));
// many concurrent stats each get their own result
let done = 0;
for (let i = 0; i < 20; i++) {
  fs.writeFileSync(p(`n${i}`), 'x'.repeat(i));
}
for (let i = 0; i < 20; i++) {
  fs.stat(p(`n${i}`), common.mustSucceed((s) => {
    assert.strictEqual(s.size, i);
    done++;
  }));
}
process.on('exit', () => assert.strictEqual(done, 20));
