'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

assert.throws(() => fs.readdirSync(p('nope')), {
  code: 'ENOENT', errno: -2, syscall: 'scandir',
  message: `ENOENT: no such file or directory, scandir '${p('nope')}'`,
});
fs.writeFileSync(p('f'), '');
assert.throws(() => fs.readdirSync(p('f')), {
  code: 'ENOTDIR', errno: -20, message: `ENOTDIR: not a directory, scandir '${p('f')}'`,
});
fs.readdir(p('f'), common.mustCall((err, names) => {
  assert.strictEqual(names, undefined);
  assert.strictEqual(err.code, 'ENOTDIR');
  assert.strictEqual(err.path, p('f'));
}));
assert.throws(() => fs.readdir(p('f')), { code: 'ERR_INVALID_ARG_TYPE' });
