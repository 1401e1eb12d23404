'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

const real = fs.realpathSync(dir);
fs.mkdirSync(p('a/b'), { recursive: true });
fs.symlinkSync(p('a'), p('la'));
fs.symlinkSync('b', p('a/lb'));
assert.strictEqual(fs.realpathSync(p('la/lb')), `${real}/a/b`);
assert.strictEqual(fs.realpathSync(p('a/../a/./b')), `${real}/a/b`);
assert.strictEqual(fs.realpathSync.native(p('la/lb')), `${real}/a/b`);
assert.deepStrictEqual(fs.realpathSync(p('la'), 'buffer'), Buffer.from(`${real}/a`));
assert.throws(() => fs.realpathSync(p('a/nope/deeper')), {
  code: 'ENOENT', syscall: 'lstat', path: p('a/nope'),
  message: `ENOENT: no such file or directory, lstat '${p('a/nope')}'`,
});
assert.throws(() => fs.realpathSync.native(p('a/nope')), {
  code: 'ENOENT', syscall: 'realpath', message: `ENOENT: no such file or directory, realpath '${p('a/nope')}'`,
});
fs.symlinkSync('loop2', p('loop1'));
fs.symlinkSync('loop1', p('loop2'));
assert.throws(() => fs.realpathSync.native(p('loop1')), { code: 'ELOOP' });
fs.realpath(p('la/lb'), common.mustSucceed((r) => assert.strictEqual(r, `${real}/a/b`)));
fs.realpath.native(p('la'), common.mustSucceed((r) => assert.strictEqual(r, `${real}/a`)));
fs.realpath(p('nope'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'lstat');
}));
