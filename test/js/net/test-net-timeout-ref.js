'use strict';
// socket.setTimeout emits 'timeout' on an idle socket without closing it; an unref'd server
// does not keep the process alive; a connection does until it closes.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  sock.setTimeout(20, common.mustCall(() => {
    assert.strictEqual(sock.destroyed, false);
    assert.strictEqual(sock.timeout, 20);
    sock.setTimeout(0);
    sock.end('bye');
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  server.unref();
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', common.mustCall(() => assert.strictEqual(got, 'bye')));
}));

// an unref'd server alone lets the process exit (this test would hang otherwise)
const idle = net.createServer(common.mustNotCall());
idle.listen(0, '127.0.0.1', common.mustCall(() => idle.unref()));

// getConnections and maxConnections
const limited = net.createServer({}, common.mustCall((sock) => {
  limited.getConnections(common.mustCall((err, n) => {
    assert.strictEqual(err, null);
    assert.strictEqual(n, 1);
    sock.destroy();
    limited.close();
  }));
}));
limited.maxConnections = 1;
limited.listen(0, '127.0.0.1', common.mustCall(() => {
  net.connect(limited.address().port, '127.0.0.1').on('error', () => {}).resume();
}));
