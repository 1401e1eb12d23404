'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), '');
fs.accessSync(p('f'));
fs.accessSync(p('f'), fs.constants.R_OK | fs.constants.W_OK);
assert.strictEqual(fs.constants.F_OK, 0);
assert.strictEqual(fs.constants.R_OK, 4);
assert.strictEqual(fs.constants.W_OK, 2);
assert.strictEqual(fs.constants.X_OK, 1);
assert.throws(() => fs.accessSync(p('nope')), {
  code: 'ENOENT', syscall: 'access', message: `ENOENT: no such file or directory, access '${p('nope')}'`,
});
assert.throws(() => fs.accessSync(p('f'), 8), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'mode is out of range: >= 0 && <= 7',
});
assert.throws(() => fs.accessSync(p('f'), 'r'), { code: 'ERR_INVALID_ARG_TYPE' });
fs.chmodSync(p('f'), 0o644);
// X_OK fails for a non-executable file even for root
assert.throws(() => fs.accessSync(p('f'), fs.constants.X_OK), { code: 'EACCES', syscall: 'access' });
fs.access(p('f'), common.mustSucceed());
fs.access(p('f'), fs.constants.R_OK, common.mustSucceed());
fs.access(p('nope'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, p('nope'));
}));
