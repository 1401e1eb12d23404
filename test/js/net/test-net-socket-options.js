'use strict';
// setNoDelay/setKeepAlive return the socket (before and after connect), as do the options.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000 }, common.mustCall((s) => {
  assert.strictEqual(s.setNoDelay(false), s);
  assert.strictEqual(s.setKeepAlive(false), s);
  s.end();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = new net.Socket();
  assert.strictEqual(c.setNoDelay(), c);
  assert.strictEqual(c.setKeepAlive(true, 500), c);
  c.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(c.setNoDelay(true), c);
    assert.strictEqual(c.setKeepAlive(true, 2000), c);
  }));
  c.resume();
  c.on('close', common.mustCall(() => server.close()));
}));
