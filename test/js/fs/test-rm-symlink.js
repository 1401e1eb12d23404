'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

// rm of a link to a directory removes the link, not the target
fs.mkdirSync(p('target'));
fs.writeFileSync(p('target/keep'), 'x');
fs.symlinkSync(p('target'), p('link'));
fs.rmSync(p('link'));
assert.strictEqual(fs.existsSync(p('link')), false);
assert.strictEqual(fs.readFileSync(p('target/keep'), 'utf8'), 'x');
// a recursive rm does not follow links inside the tree
fs.mkdirSync(p('tree'));
fs.symlinkSync(p('target'), p('tree/inner'));
fs.rmSync(p('tree'), { recursive: true });
assert.strictEqual(fs.readFileSync(p('target/keep'), 'utf8'), 'x');
