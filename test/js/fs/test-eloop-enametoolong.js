'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.symlinkSync('b', p('a'));
fs.symlinkSync('a', p('b'));
assert.throws(() => fs.statSync(p('a')), {
  code: 'ELOOP', errno: -40, message: `ELOOP: too many symbolic links encountered, stat '${p('a')}'`,
});
assert.throws(() => fs.readFileSync(p('a')), { code: 'ELOOP', syscall: 'open' });
const long = p('x'.repeat(300));
assert.throws(() => fs.writeFileSync(long, ''), {
  code: 'ENAMETOOLONG', errno: -36, message: `ENAMETOOLONG: name too long, open '${long}'`,
});
assert.throws(() => fs.openSync(p('a'), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW), {
  code: 'ELOOP',
});
