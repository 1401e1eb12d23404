'use strict';
// resetAndDestroy() sends a RST: the peer gets ECONNRESET (read) and 'close' with hadError.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((s) => {
  s.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.errno, -104);
  }));
  s.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    server.close();
  }));
  s.resume();
  s.write('hello');
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.once('data', common.mustCall(() => {
    assert.strictEqual(c.resetAndDestroy(), c);
  }));
  c.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
}));
