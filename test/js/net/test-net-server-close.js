'use strict';
// server.close(): stops accepting at once, 'close' only after the last connection ended; a
// second close() (not running) reports ERR_SERVER_NOT_RUNNING to its callback.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const order = [];
const server = net.createServer(common.mustCall((sock) => {
  server.close(common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    order.push('server close');
    assert.deepStrictEqual(order, ['listening false', 'server close']);
    assert.strictEqual(sock.destroyed, true);
    server.close(common.mustCall((err2) => {
      assert.strictEqual(err2.code, 'ERR_SERVER_NOT_RUNNING');
      assert.strictEqual(err2.message, 'Server is not running.');
    }));
  }));
  order.push(`listening ${server.listening}`);
  assert.strictEqual(server.address(), null);
  // no new connections once closing
  const late = net.connect(port, '127.0.0.1');
  late.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    setTimeout(() => sock.end(), 10);
  }));
}));
let port;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  port = server.address().port;
  const c = net.connect(port, '127.0.0.1');
  c.resume();
}));
