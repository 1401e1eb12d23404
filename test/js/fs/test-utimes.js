'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), '');
fs.utimesSync(p('f'), 100, 200);
let s = fs.statSync(p('f'));
assert.strictEqual(s.atimeMs, 100000);
assert.strictEqual(s.mtimeMs, 200000);
fs.utimesSync(p('f'), new Date(5000), new Date(6000));
s = fs.statSync(p('f'));
assert.strictEqual(s.atime.getTime(), 5000);
assert.strictEqual(s.mtime.getTime(), 6000);
fs.utimesSync(p('f'), '300', '400');
assert.strictEqual(fs.statSync(p('f')).mtimeMs, 400000);
assert.throws(() => fs.utimesSync(p('f'), 'x', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Date or an Time in seconds. Received type string (\'x\')'
    .replace('an Time', 'an Time'),
});
assert.throws(() => fs.utimesSync(p('nope'), 1, 1), {
  code: 'ENOENT', syscall: 'utime', message: `ENOENT: no such file or directory, utime '${p('nope')}'`,
});
fs.utimes(p('f'), 7, 8, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(p('f')).mtimeMs, 8000);
}));
