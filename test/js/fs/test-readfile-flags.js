'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'data');
assert.strictEqual(fs.readFileSync(p('f'), { flag: 'r+', encoding: 'utf8' }), 'data');
// 'w+' truncates before reading
assert.strictEqual(fs.readFileSync(p('f'), { flag: 'w+', encoding: 'utf8' }), '');
assert.strictEqual(fs.statSync(p('f')).size, 0);
assert.throws(() => fs.readFileSync(p('new'), { flag: 'r' }), { code: 'ENOENT' });
assert.strictEqual(fs.readFileSync(p('new'), { flag: 'a+', encoding: 'utf8' }), '');
assert.throws(() => fs.readFileSync(p('new'), { flag: 'wx' }), { code: 'EEXIST' });
