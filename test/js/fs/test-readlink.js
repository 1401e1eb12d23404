'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), '');
fs.symlinkSync('some/target', p('l'));
assert.strictEqual(fs.readlinkSync(p('l')), 'some/target');
assert.deepStrictEqual(fs.readlinkSync(p('l'), 'buffer'), Buffer.from('some/target'));
assert.strictEqual(fs.readlinkSync(p('l'), { encoding: 'hex' }), Buffer.from('some/target').toString('hex'));
assert.throws(() => fs.readlinkSync(p('f')), {
  code: 'EINVAL', errno: -22, syscall: 'readlink',
  message: `EINVAL: invalid argument, readlink '${p('f')}'`,
});
assert.throws(() => fs.readlinkSync(p('nope')), { code: 'ENOENT', syscall: 'readlink' });
fs.readlink(p('l'), common.mustSucceed((t) => assert.strictEqual(t, 'some/target')));
fs.readlink(p('f'), common.mustCall((err) => assert.strictEqual(err.code, 'EINVAL')));
