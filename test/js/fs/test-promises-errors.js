'use strict';
const common = require('../../common');
const assert = require('assert');
const fsp = require('fs/promises');
const fs = require('fs');
const { dir, p } = require('./tmp');

(async () => {
  await assert.rejects(fsp.readFile(p('nope')), {
    code: 'ENOENT', errno: -2, syscall: 'open', path: p('nope'),
    message: `ENOENT: no such file or directory, open '${p('nope')}'`,
  });
  await assert.rejects(fsp.stat(p('nope')), { code: 'ENOENT', syscall: 'stat' });
  await assert.rejects(fsp.mkdir(dir), { code: 'EEXIST', syscall: 'mkdir' });
  await assert.rejects(fsp.readdir(p('nope')), { code: 'ENOENT', syscall: 'scandir' });
  await assert.rejects(fsp.rmdir(p('nope')), { code: 'ENOENT' });
  fs.mkdirSync(p('d'));
  await assert.rejects(fsp.rm(p('d')), { code: 'ERR_FS_EISDIR', name: 'SystemError' });
  await assert.rejects(fsp.rename(p('nope'), p('x')), {
    message: `ENOENT: no such file or directory, rename '${p('nope')}' -> '${p('x')}'`,
  });
  await assert.rejects(fsp.open(p('nope')), { code: 'ENOENT', syscall: 'open' });
  // argument errors reject rather than throw
  const pr = fsp.readFile(123n);
  assert.ok(pr instanceof Promise);
  await assert.rejects(pr, { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.access(p('d'), 8), { code: 'ERR_OUT_OF_RANGE' });
  await assert.rejects(fsp.writeFile(p('x'), 5), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.copyFile(p('nope'), p('x')), { syscall: 'copyfile', dest: p('x') });
})().then(common.mustCall());
