'use strict';
// maxConnections: connections over the limit are closed at once and reported by 'drop'.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((s) => {
  s.resume();
}));
server.maxConnections = 1;
server.on('drop', common.mustCall((data) => {
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(data.remoteAddress, '127.0.0.1');
  assert.strictEqual(data.remoteFamily, 'IPv4');
  assert.strictEqual(typeof data.remotePort, 'number');
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const first = net.connect(port, '127.0.0.1', common.mustCall(() => {
    const second = net.connect(port, '127.0.0.1');
    second.on('error', () => {});
    second.resume();
    second.on('close', common.mustCall(() => {
      first.destroy();
      server.close();
    }));
  }));
}));
