'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.writeFileSync(p('f'), '');
assert.deepStrictEqual(fs.readdirSync(`${dir}/`), ['f']);
assert.deepStrictEqual(fs.readdirSync(`${dir}//`), ['f']);
const [e] = fs.readdirSync(`${dir}/`, { withFileTypes: true });
assert.strictEqual(e.parentPath, `${dir}/`);
assert.throws(() => fs.readdirSync(`${p('f')}/`), { code: 'ENOTDIR' });
assert.throws(() => fs.statSync(`${p('f')}/`), { code: 'ENOTDIR' });
