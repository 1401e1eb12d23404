'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('a'), 'abcdef');
const fd = fs.openSync(p('a'), 'r');
const buf = Buffer.alloc(4);
fs.read(fd, buf, 0, 3, 2, common.mustSucceed((n, b) => {
  assert.strictEqual(n, 3);
  assert.strictEqual(b, buf);
  assert.strictEqual(buf.toString('utf8', 0, 3), 'cde');
  fs.read(fd, { buffer: Buffer.alloc(2), position: 0 }, common.mustSucceed((n2, b2) => {
    assert.strictEqual(n2, 2);
    assert.strictEqual(b2.toString(), 'ab');
    fs.read(fd, Buffer.alloc(3), { position: 3 }, common.mustSucceed((n3, b3) => {
      assert.strictEqual(n3, 3);
      assert.strictEqual(b3.toString(), 'def');
      fs.read(fd, common.mustSucceed((n4, b4) => {
        // fs.read(fd, cb) allocates a 16 KiB buffer and reads from the current position
        assert.strictEqual(b4.length, 16384);
        assert.strictEqual(n4, 6);
        fs.closeSync(fd);
      }));
    }));
  }));
}));
