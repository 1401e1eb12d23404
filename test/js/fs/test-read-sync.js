'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('a'), '0123456789');
const fd = fs.openSync(p('a'), 'r');
const buf = Buffer.alloc(6, '.');
assert.strictEqual(fs.readSync(fd, buf, 1, 3, null), 3);
assert.strictEqual(buf.toString(), '.012..');
// position null continues from the current file position
assert.strictEqual(fs.readSync(fd, buf, 0, 2), 2);
assert.strictEqual(buf.toString(), '3412..');
// explicit position does not move the file position
assert.strictEqual(fs.readSync(fd, buf, 0, 2, 8), 2);
assert.strictEqual(buf.toString('utf8', 0, 2), '89');
assert.strictEqual(fs.readSync(fd, buf, 0, 1, null), 1);
assert.strictEqual(buf.toString('utf8', 0, 1), '5');
// bigint position
assert.strictEqual(fs.readSync(fd, buf, 0, 1, 9n), 1);
assert.strictEqual(buf.toString('utf8', 0, 1), '9');
// options object
const b2 = Buffer.alloc(4);
assert.strictEqual(fs.readSync(fd, b2, { position: 0, length: 2 }), 2);
assert.strictEqual(b2.toString('utf8', 0, 2), '01');
assert.strictEqual(fs.readSync(fd, b2), 4);
// EOF
assert.strictEqual(fs.readSync(fd, buf, 0, 4, 100), 0);
// length 0 reads nothing
assert.strictEqual(fs.readSync(fd, buf, 0, 0, 0), 0);
// typed arrays other than Uint8Array
const u16 = new Uint16Array(2);
assert.strictEqual(fs.readSync(fd, u16, 0, 4, 0), 4);
assert.strictEqual(Buffer.from(u16.buffer).toString(), '0123');
fs.closeSync(fd);
