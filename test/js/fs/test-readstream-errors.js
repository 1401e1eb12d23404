'use strict';
// A missing file: 'error' then 'close', no 'open'; argument errors are thrown.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const rs = fs.createReadStream(p('nope'));
rs.on('open', common.mustNotCall());
rs.on('error', common.mustCall((err) => {
  console.log('error', err.code, err.syscall, err.message === `ENOENT: no such file or directory, open '${p('nope')}'`);
}));
rs.on('close', common.mustCall(() => console.log('close')));
assert.throws(() => fs.createReadStream(p('f'), { start: 5, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
});
assert.throws(() => fs.createReadStream(p('f'), { start: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => fs.createReadStream(p('f'), { end: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(1), { code: 'ERR_INVALID_ARG_TYPE' });
