'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const fd = fs.openSync(p('a'), 'w');
assert.strictEqual(typeof fd, 'number');
assert.ok(fd > 2);
fs.writeSync(fd, 'abc');
fs.closeSync(fd);
assert.throws(() => fs.openSync(p('a'), 'wx'), {
  code: 'EEXIST', syscall: 'open', message: `EEXIST: file already exists, open '${p('a')}'`,
});
assert.throws(() => fs.openSync(p('a'), 'ax+'), { code: 'EEXIST' });
const r = fs.openSync(p('a'), 'r+');
fs.writeSync(r, 'X');
fs.closeSync(r);
assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'Xbc');
const a = fs.openSync(p('a'), 'a');
fs.writeSync(a, 'd', 0); // position is ignored in append mode
fs.closeSync(a);
assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'Xbcd');
const w = fs.openSync(p('a'), fs.constants.O_WRONLY | fs.constants.O_TRUNC);
fs.closeSync(w);
assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), '');
assert.throws(() => fs.openSync(p('missing')), {
  code: 'ENOENT', errno: -2, message: `ENOENT: no such file or directory, open '${p('missing')}'`,
});
assert.throws(() => fs.openSync(p('a'), 'zz'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'flags' is invalid. Received 'zz'",
});
for (const f of ['r', 'rs', 'sr', 'r+', 'rs+', 'sr+', 'w', 'w+', 'a', 'as', 'sa', 'a+', 'as+', 'sa+']) {
  fs.closeSync(fs.openSync(p('a'), f));
}
