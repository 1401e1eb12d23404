'use strict';
// An Upgrade request reaches 'upgrade' with the socket and the bytes that followed the head,
// after which the socket is raw both ways; a request to a closed port errors with ECONNREFUSED.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(head.toString(), 'early');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.write(d));
  socket.on('end', () => socket.end()); // the server's sockets allow half-open
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const req = http.request({
    port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(head.length, 0);
    socket.write('ping');
    socket.once('data', common.mustCall((d) => {
      assert.strictEqual(d.toString(), 'ping');
      socket.destroy();
      server.close(common.mustCall(() => refused(port)));
    }));
  }));
  req.end('early');
}));

function refused(port) {
  const req = http.get({ port, host: '127.0.0.1', agent: false });
  req.on('response', common.mustNotCall());
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    assert.strictEqual(err.syscall, 'connect');
  }));
  req.on('close', common.mustCall());
}
