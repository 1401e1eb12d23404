'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('target'), 'abc');
fs.symlinkSync('target', p('link'));
const l = fs.lstatSync(p('link'));
assert.strictEqual(l.isSymbolicLink(), true);
assert.strictEqual(l.isFile(), false);
assert.strictEqual(l.size, 'target'.length);
const s = fs.statSync(p('link'));
assert.strictEqual(s.isSymbolicLink(), false);
assert.strictEqual(s.isFile(), true);
assert.strictEqual(s.size, 3);
fs.symlinkSync('nowhere', p('dangling'));
assert.strictEqual(fs.lstatSync(p('dangling')).isSymbolicLink(), true);
assert.throws(() => fs.statSync(p('dangling')), { code: 'ENOENT', syscall: 'stat' });
