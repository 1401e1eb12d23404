'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'ab');
const fd = fs.openSync(p('f'), 'r');
const b = Buffer.alloc(10);
fs.read(fd, b, 0, 10, null, common.mustSucceed((n) => {
  assert.strictEqual(n, 2);
  fs.read(fd, b, 0, 10, null, common.mustSucceed((n2) => {
    assert.strictEqual(n2, 0);
    fs.read(fd, b, 0, 0, null, common.mustSucceed((n3, buf) => {
      assert.strictEqual(n3, 0);
      assert.strictEqual(buf, b);
      fs.closeSync(fd);
    }));
  }));
}));
