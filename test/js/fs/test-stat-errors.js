'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

assert.throws(() => fs.statSync(p('nope')), {
  code: 'ENOENT', errno: -2, syscall: 'stat', path: p('nope'),
  message: `ENOENT: no such file or directory, stat '${p('nope')}'`,
});
assert.throws(() => fs.lstatSync(p('nope')), {
  code: 'ENOENT', syscall: 'lstat', message: `ENOENT: no such file or directory, lstat '${p('nope')}'`,
});
fs.writeFileSync(p('f'), '');
assert.throws(() => fs.statSync(p('f/x')), {
  code: 'ENOTDIR', errno: -20, message: `ENOTDIR: not a directory, stat '${p('f/x')}'`,
});
assert.strictEqual(fs.statSync(p('nope'), { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.statSync(p('f/x'), { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(p('nope'), { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.stat(p('f')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
fs.stat(p('nope'), common.mustCall((err, st) => {
  assert.strictEqual(st, undefined);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'stat');
}));
fs.lstat(p('nope'), common.mustCall((err) => assert.strictEqual(err.syscall, 'lstat')));
