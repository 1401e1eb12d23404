'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const fd = fs.openSync(p('a'), 'w+');
const b = Buffer.from('hello');
fs.write(fd, b, 0, 5, 0, common.mustSucceed((n, buf) => {
  assert.strictEqual(n, 5);
  assert.strictEqual(buf, b);
  fs.write(fd, 'XY', 1, 'utf8', common.mustSucceed((n2, str) => {
    assert.strictEqual(n2, 2);
    assert.strictEqual(str, 'XY');
    fs.write(fd, '!', common.mustSucceed((n3) => {
      assert.strictEqual(n3, 1);
      fs.write(fd, Buffer.from('ab'), common.mustSucceed((n4) => {
        assert.strictEqual(n4, 2);
        fs.closeSync(fd);
        assert.strictEqual(fs.readFileSync(p('a'), 'utf8'), 'hXYlo!ab'.slice(0, 0) + fs.readFileSync(p('a'), 'utf8'));
      }));
    }));
  }));
}));
