'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('a'), 'A');
fs.writeFileSync(p('b'), 'B');
fs.renameSync(p('a'), p('b'));
assert.strictEqual(fs.readFileSync(p('b'), 'utf8'), 'A');
assert.strictEqual(fs.existsSync(p('a')), false);
fs.mkdirSync(p('d1/inner'), { recursive: true });
fs.mkdirSync(p('d2'));
fs.renameSync(p('d1'), p('d2'));
assert.strictEqual(fs.existsSync(p('d2/inner')), true);
fs.renameSync(p('d2'), p('d3'));
assert.strictEqual(fs.statSync(p('d3')).isDirectory(), true);
assert.throws(() => fs.renameSync(p('d3'), p('d3/inner/x')), { code: 'EINVAL', syscall: 'rename' });
