'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const { p } = require('./tmp');

(async () => {
  const a = await fsp.open(p('a'), 'wx', 0o600);
  await a.close();
  assert.strictEqual(fs.statSync(p('a')).mode & 0o777, 0o600 & ~process.umask());
  await assert.rejects(fsp.open(p('a'), 'wx'), { code: 'EEXIST' });
  const r = await fsp.open(p('a'));
  await assert.rejects(r.write('x'), { code: 'EBADF', syscall: 'write' });
  await r.close();
  await assert.rejects(fsp.open(p('a'), 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
  await assert.rejects(fsp.open(p('a'), 'r', 'xyz'), { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());
