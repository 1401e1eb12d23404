'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.writeFileSync(p('f'), '0123456789');
fs.truncateSync(p('f'), 4);
assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), '0123');
fs.truncateSync(p('f'), 6);
assert.deepStrictEqual([...fs.readFileSync(p('f'))], [48, 49, 50, 51, 0, 0]);
fs.truncateSync(p('f'));
assert.strictEqual(fs.statSync(p('f')).size, 0);
assert.throws(() => fs.truncateSync(p('nope')), {
  code: 'ENOENT', syscall: 'open', message: `ENOENT: no such file or directory, open '${p('nope')}'`,
});
assert.throws(() => fs.truncateSync(dir), { code: 'EISDIR', syscall: 'open' });
assert.throws(() => fs.truncateSync(p('f'), 'x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "len" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => fs.truncateSync(p('f'), 1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "len" is out of range. It must be an integer. Received 1.5',
});
fs.writeFileSync(p('g'), 'abcdef');
fs.truncate(p('g'), 2, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(p('g'), 'utf8'), 'ab');
  fs.truncate(p('g'), common.mustSucceed(() => assert.strictEqual(fs.statSync(p('g')).size, 0)));
}));
