'use strict';
const common = require('../../common');
const assert = require('assert');
const fsp = require('fs/promises');
const { p } = require('./tmp');

(async () => {
  const fh = await fsp.open(p('a'), 'w+');
  const closed = new Promise((resolve) => fh.on('close', resolve));
  await fh.close();
  await closed;
  await assert.rejects(fh.read(Buffer.alloc(1), 0, 1, 0), { code: 'EBADF', syscall: 'read' });
  await assert.rejects(fh.write('x'), { code: 'EBADF', syscall: 'write' });
  await assert.rejects(fh.stat(), { code: 'EBADF', syscall: 'fstat' });
})().then(common.mustCall());
