'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.writeFileSync(p('f'), '');
fs.unlinkSync(p('f'));
assert.strictEqual(fs.existsSync(p('f')), false);
assert.throws(() => fs.unlinkSync(p('f')), {
  code: 'ENOENT', syscall: 'unlink', message: `ENOENT: no such file or directory, unlink '${p('f')}'`,
});
assert.throws(() => fs.unlinkSync(dir), {
  code: 'EISDIR', errno: -21, message: `EISDIR: illegal operation on a directory, unlink '${dir}'`,
});
fs.writeFileSync(p('g'), '');
fs.unlink(p('g'), common.mustSucceed(() => {
  fs.unlink(p('g'), common.mustCall((err) => assert.strictEqual(err.syscall, 'unlink')));
}));
