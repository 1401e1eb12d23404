'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.writeFileSync(p('src'), 'data');
fs.chmodSync(p('src'), 0o640);
fs.copyFileSync(p('src'), p('dst'));
assert.strictEqual(fs.readFileSync(p('dst'), 'utf8'), 'data');
assert.strictEqual(fs.statSync(p('dst')).mode & 0o777, 0o640);
fs.writeFileSync(p('src'), 'new');
fs.copyFileSync(p('src'), p('dst'));
assert.strictEqual(fs.readFileSync(p('dst'), 'utf8'), 'new');
assert.throws(() => fs.copyFileSync(p('src'), p('dst'), fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST', syscall: 'copyfile', path: p('src'), dest: p('dst'),
  message: `EEXIST: file already exists, copyfile '${p('src')}' -> '${p('dst')}'`,
});
assert.throws(() => fs.copyFileSync(p('nope'), p('x')), {
  code: 'ENOENT', message: `ENOENT: no such file or directory, copyfile '${p('nope')}' -> '${p('x')}'`,
});
assert.throws(() => fs.copyFileSync(p('src'), p('dst'), 8), {
  code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7',
});
// COPYFILE_FICLONE falls back to a copy
fs.copyFileSync(p('src'), p('clone'), fs.constants.COPYFILE_FICLONE);
assert.strictEqual(fs.readFileSync(p('clone'), 'utf8'), 'new');
fs.copyFile(p('src'), p('cb'), common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(p('cb'), 'utf8'), 'new');
  fs.copyFile(p('src'), p('cb'), fs.constants.COPYFILE_EXCL, common.mustCall((err) => {
    assert.strictEqual(err.code, 'EEXIST');
  }));
}));
assert.throws(() => fs.copyFileSync(dir, p('x')), { syscall: 'copyfile' });
