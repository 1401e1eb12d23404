'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'x');
fs.utimesSync(p('f'), 1000.5, 2000.25);
const s = fs.statSync(p('f'));
assert.strictEqual(s.atimeMs, 1000500);
assert.strictEqual(s.mtimeMs, 2000250);
assert.ok(s.atime instanceof Date);
assert.strictEqual(s.atime.getTime(), 1000500);
assert.strictEqual(s.mtime.getTime(), 2000250);
assert.ok(s.ctime instanceof Date);
assert.ok(s.birthtime instanceof Date);
// dates are accessors on the prototype that become own properties once read
const proto = Object.getPrototypeOf(s);
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(proto, 'atime').get, 'function');
assert.ok(Object.keys(s).includes('atime'));
s.mtime = 'changed';
assert.strictEqual(s.mtime, 'changed');
assert.strictEqual(Math.abs(s.ctimeMs - Date.now()) < 60000, true);
