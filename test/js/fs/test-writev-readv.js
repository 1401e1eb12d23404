'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const fd = fs.openSync(p('a'), 'w+');
assert.strictEqual(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cde')]), 5);
assert.strictEqual(fs.writevSync(fd, [Buffer.from('Z')], 0), 1);
const x = Buffer.alloc(2);
const y = Buffer.alloc(4);
assert.strictEqual(fs.readvSync(fd, [x, y], 0), 5);
assert.strictEqual(x.toString(), 'Zb');
assert.strictEqual(y.toString('latin1', 0, 3), 'cde');
assert.throws(() => fs.writevSync(fd, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffers" argument must be an ArrayBufferView[]. Received type string (\'x\')',
});
fs.writev(fd, [Buffer.from('12'), Buffer.from('3')], 5, common.mustSucceed((n, bufs) => {
  assert.strictEqual(n, 3);
  assert.strictEqual(bufs.length, 2);
  const a = Buffer.alloc(8);
  fs.readv(fd, [a], 0, common.mustSucceed((m) => {
    assert.strictEqual(m, 8);
    assert.strictEqual(a.toString(), 'Zbcde123');
    fs.closeSync(fd);
  }));
}));
