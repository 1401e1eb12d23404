'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const fd = fs.openSync(p('a'), 'w+');
assert.strictEqual(fs.writeSync(fd, 'héllo'), 6);
assert.strictEqual(fs.writeSync(fd, Buffer.from('abcdef'), 1, 3), 3);
assert.strictEqual(fs.writeSync(fd, Buffer.from('Z'), 0, 1, 0), 1);
assert.strictEqual(fs.writeSync(fd, 'Q', 1), 1);
assert.strictEqual(fs.writeSync(fd, 'ff', null, 'hex'), 1);
assert.strictEqual(fs.writeSync(fd, new Uint8Array([0x21])), 1);
assert.strictEqual(fs.writeSync(fd, Buffer.from('xyz'), { offset: 1, length: 1 }), 1);
fs.closeSync(fd);
const out = fs.readFileSync(p('a'));
assert.deepStrictEqual(out, Buffer.concat([
  Buffer.from('ZQllo'.replace('Q', 'Q')).subarray(0, 2),
  Buffer.from('héllo').subarray(2),
  Buffer.from('bcd'), Buffer.from([0xff, 0x21]), Buffer.from('y'),
]));
