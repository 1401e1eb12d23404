'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const fd = fs.openSync(p('f'), 'w+');
assert.strictEqual(fs.writeSync(fd, 'hi', 0, 'utf16le'), 4);
assert.strictEqual(fs.writeSync(fd, '4142', 4, 'hex'), 2);
assert.strictEqual(fs.writeSync(fd, 'Q0Q=', 6, 'base64'), 2);
assert.strictEqual(fs.writeSync(fd, 'ÿ', 8, 'latin1'), 1);
assert.strictEqual(fs.writeSync(fd, '€', 9), 3);
fs.closeSync(fd);
assert.deepStrictEqual([...fs.readFileSync(p('f'))],
  [104, 0, 105, 0, 0x41, 0x42, 0x43, 0x44, 0xff, 0xe2, 0x82, 0xac]);
