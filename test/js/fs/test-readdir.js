'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

for (const n of ['b', 'a', 'c.txt']) fs.writeFileSync(p(n), '');
fs.mkdirSync(p('sub'));
assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['a', 'b', 'c.txt', 'sub']);
assert.deepStrictEqual(fs.readdirSync(p('sub')), []);
const bufs = fs.readdirSync(dir, 'buffer');
assert.ok(bufs.every((b) => Buffer.isBuffer(b)));
assert.deepStrictEqual(bufs.map(String).sort(), ['a', 'b', 'c.txt', 'sub']);
assert.deepStrictEqual(fs.readdirSync(dir, { encoding: 'hex' }).sort(),
  ['61', '62', '632e747874', '737562']);
fs.readdir(dir, common.mustSucceed((names) => {
  assert.deepStrictEqual(names.sort(), ['a', 'b', 'c.txt', 'sub']);
}));
fs.readdir(dir, { encoding: 'buffer' }, common.mustSucceed((names) => {
  assert.ok(Buffer.isBuffer(names[0]));
}));
