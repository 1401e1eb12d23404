'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('a'), 'A');
fs.renameSync(p('a'), p('b'));
assert.strictEqual(fs.existsSync(p('a')), false);
assert.strictEqual(fs.readFileSync(p('b'), 'utf8'), 'A');
assert.throws(() => fs.renameSync(p('a'), p('c')), {
  code: 'ENOENT', syscall: 'rename', path: p('a'), dest: p('c'),
  message: `ENOENT: no such file or directory, rename '${p('a')}' -> '${p('c')}'`,
});
fs.mkdirSync(p('d'));
fs.writeFileSync(p('d/x'), '');
fs.mkdirSync(p('e'));
fs.writeFileSync(p('e/y'), '');
assert.throws(() => fs.renameSync(p('d'), p('e')), {
  code: 'ENOTEMPTY', message: `ENOTEMPTY: directory not empty, rename '${p('d')}' -> '${p('e')}'`,
});
assert.throws(() => fs.renameSync(p('d'), p('b')), { code: 'ENOTDIR' });
assert.throws(() => fs.renameSync(p('b'), p('d')), {
  code: 'EISDIR', message: `EISDIR: illegal operation on a directory, rename '${p('b')}' -> '${p('d')}'`,
});
fs.rename(p('b'), p('c'), common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(p('c'), 'utf8'), 'A');
  fs.rename(p('b'), p('c'), common.mustCall((err) => {
    assert.strictEqual(err.dest, p('c'));
  }));
}));
assert.throws(() => fs.renameSync(1, p('x')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "oldPath" argument must be of type string or an instance of Buffer or URL. Received type number (1)',
});
assert.throws(() => fs.renameSync(p('x'), undefined), {
  message: 'The "newPath" argument must be of type string or an instance of Buffer or URL. Received undefined',
});
