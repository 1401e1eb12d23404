'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.mkdirSync(p('d/e'), { recursive: true });
fs.writeFileSync(p('f'), 'x');
assert.throws(() => fs.cpSync(p('d'), p('d2')), {
  code: 'ERR_FS_EISDIR',
  message: `Recursive option not enabled, cannot copy a directory: ${p('d')}/`,
});
assert.throws(() => fs.cpSync(p('f'), p('f')), {
  code: 'ERR_FS_CP_EINVAL', message: `src and dest cannot be the same ${p('f')}`,
});
assert.throws(() => fs.cpSync(p('d'), p('d/sub'), { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL', message: `Cannot copy ${p('d')}/ to a subdirectory of self ${p('d/sub')}`,
});
assert.throws(() => fs.cpSync(p('f'), p('d')), {
  code: 'ERR_FS_CP_NON_DIR_TO_DIR', message: `Cannot overwrite directory ${p('d')} with non-directory ${p('f')}`,
});
assert.throws(() => fs.cpSync(p('d'), p('f'), { recursive: true }), {
  code: 'ERR_FS_CP_DIR_TO_NON_DIR', message: `Cannot overwrite non-directory ${p('f')} with directory ${p('d')}`,
});
assert.throws(() => fs.cpSync(p('nope'), p('x')), {
  code: 'ENOENT', message: `ENOENT: no such file or directory, lstat '${p('nope')}'`,
});
fs.writeFileSync(p('g'), 'y');
assert.throws(() => fs.cpSync(p('f'), p('g'), { force: false, errorOnExist: true }), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_FS_CP_EEXIST');
  assert.strictEqual(err.message,
    `Target already exists: cp returned EEXIST (${p('g')} already exists) ${p('g')}`);
  return true;
});
assert.throws(() => fs.cpSync(p('f'), p('h'), { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
