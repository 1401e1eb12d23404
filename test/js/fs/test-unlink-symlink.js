'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('t'), 'keep');
fs.symlinkSync(p('t'), p('l'));
fs.unlinkSync(p('l'));
assert.strictEqual(fs.existsSync(p('l')), false);
assert.strictEqual(fs.readFileSync(p('t'), 'utf8'), 'keep');
fs.symlinkSync('gone', p('dangling'));
fs.unlinkSync(p('dangling'));
assert.throws(() => fs.lstatSync(p('dangling')), { code: 'ENOENT' });
