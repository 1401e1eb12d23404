'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

assert.strictEqual(fs.mkdirSync(p('a')), undefined);
assert.strictEqual(fs.statSync(p('a')).isDirectory(), true);
assert.throws(() => fs.mkdirSync(p('a')), {
  code: 'EEXIST', errno: -17, syscall: 'mkdir', message: `EEXIST: file already exists, mkdir '${p('a')}'`,
});
assert.throws(() => fs.mkdirSync(p('x/y')), {
  code: 'ENOENT', message: `ENOENT: no such file or directory, mkdir '${p('x/y')}'`,
});
fs.writeFileSync(p('f'), '');
assert.throws(() => fs.mkdirSync(p('f/y')), { code: 'ENOTDIR', syscall: 'mkdir' });
fs.mkdir(p('b'), common.mustSucceed((r) => {
  assert.strictEqual(r, undefined);
  fs.mkdir(p('b'), common.mustCall((err) => assert.strictEqual(err.code, 'EEXIST')));
}));
const old = process.umask(0);
fs.mkdirSync(p('m'), 0o711);
assert.strictEqual(fs.statSync(p('m')).mode & 0o777, 0o711);
fs.mkdirSync(p('m2'), { mode: '750' });
assert.strictEqual(fs.statSync(p('m2')).mode & 0o777, 0o750);
process.umask(old);
assert.throws(() => fs.mkdirSync(p('q'), { recursive: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type string (\'x\')',
});
