'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const fd = fs.openSync(p('f'), 'w+');
assert.strictEqual(fs.fstatSync(fd).size, 0);
fs.writeSync(fd, 'abcd');
const s = fs.fstatSync(fd);
assert.strictEqual(s.size, 4);
assert.strictEqual(s.isFile(), true);
assert.strictEqual(s.ino, fs.statSync(p('f')).ino);
fs.closeSync(fd);
assert.throws(() => fs.fstatSync(fd), { code: 'EBADF', message: 'EBADF: bad file descriptor, fstat' });
assert.throws(() => fs.fstatSync('1'), { code: 'ERR_INVALID_ARG_TYPE' });
