'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'a');
fs.writeFileSync(p('f'), 'b', { flag: 'a' });
assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'ab');
// 'a+' reads from the start, appends at the end
const fd = fs.openSync(p('f'), 'a+');
const buf = Buffer.alloc(2);
fs.readSync(fd, buf, 0, 2, 0);
assert.strictEqual(buf.toString(), 'ab');
fs.writeSync(fd, 'c');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'abc');
assert.strictEqual(fs.readFileSync(p('g'), { flag: 'a+', encoding: 'utf8' }), '');
assert.strictEqual(fs.existsSync(p('g')), true);
fs.appendFileSync(p('m'), 'x', { mode: 0o600 });
assert.strictEqual(fs.statSync(p('m')).mode & 0o777, 0o600 & ~process.umask());
