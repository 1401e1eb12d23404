'use strict';
// server.setTimeout: an idle connection gets the server's 'timeout' with its socket (the
// listener decides); without a listener the socket is destroyed.
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const withListener = http.createServer(common.mustNotCall());
withListener.setTimeout(100, common.mustCall((socket) => {
  assert.ok(socket instanceof net.Socket);
  socket.destroy();
}));
assert.strictEqual(withListener.timeout, 100);

const without = http.createServer(common.mustNotCall());
without.timeout = 100;

withListener.listen(0, '127.0.0.1', common.mustCall(() => without.listen(0, '127.0.0.1', common.mustCall(() => {
  const a = net.connect(withListener.address().port, '127.0.0.1');
  a.on('close', common.mustCall(() => {
    const b = net.connect(without.address().port, '127.0.0.1');
    b.on('close', common.mustCall(() => {
      withListener.close();
      without.close();
    }));
  }));
}))));
