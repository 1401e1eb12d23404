'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.mkdirSync(p('d'));
fs.rmdirSync(p('d'));
assert.strictEqual(fs.existsSync(p('d')), false);
assert.throws(() => fs.rmdirSync(p('d')), {
  code: 'ENOENT', syscall: 'rmdir', message: `ENOENT: no such file or directory, rmdir '${p('d')}'`,
});
fs.mkdirSync(p('full'));
fs.writeFileSync(p('full/x'), '');
assert.throws(() => fs.rmdirSync(p('full')), {
  code: 'ENOTEMPTY', errno: -39, message: `ENOTEMPTY: directory not empty, rmdir '${p('full')}'`,
});
assert.throws(() => fs.rmdirSync(p('full/x')), {
  code: 'ENOTDIR', message: `ENOTDIR: not a directory, rmdir '${p('full/x')}'`,
});
fs.rmdir(p('full'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTEMPTY');
  fs.unlinkSync(p('full/x'));
  fs.rmdir(p('full'), common.mustSucceed());
}));
