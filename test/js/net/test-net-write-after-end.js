'use strict';
// Writing after end() fails with ERR_STREAM_WRITE_AFTER_END (error event and callback).
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    c.end('last');
    c.write('more', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    }));
  }));
  c.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
  }));
  c.on('close', common.mustCall(() => server.close()));
  c.resume();
}));
