'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), '');
fs.rmSync(p('f'));
assert.strictEqual(fs.existsSync(p('f')), false);
assert.throws(() => fs.rmSync(p('f')), {
  code: 'ENOENT', syscall: 'lstat', message: `ENOENT: no such file or directory, lstat '${p('f')}'`,
});
fs.rmSync(p('f'), { force: true });
fs.mkdirSync(p('d/e/f'), { recursive: true });
fs.writeFileSync(p('d/e/f/x'), '');
fs.symlinkSync('/', p('d/root-link'));
assert.throws(() => fs.rmSync(p('d')), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  assert.strictEqual(err.message,
    `Path is a directory: rm returned EISDIR (is a directory) ${p('d')}`);
  assert.strictEqual(err.errno, 21);
  assert.strictEqual(err.syscall, 'rm');
  assert.strictEqual(err.path, p('d'));
  assert.deepStrictEqual(err.info, {
    code: 'EISDIR', message: 'is a directory', path: p('d'), syscall: 'rm', errno: 21,
  });
  return true;
});
fs.rmSync(p('d'), { recursive: true });
assert.strictEqual(fs.existsSync(p('d')), false);
assert.strictEqual(fs.existsSync('/'), true);
fs.mkdirSync(p('e/f'), { recursive: true });
fs.rm(p('e'), { recursive: true }, common.mustSucceed(() => {
  assert.strictEqual(fs.existsSync(p('e')), false);
  fs.rm(p('e'), common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
  fs.rm(p('e'), { force: true }, common.mustSucceed());
}));
assert.throws(() => fs.rmSync(p('x'), { force: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.force" property must be of type boolean. Received type string (\'yes\')',
});
