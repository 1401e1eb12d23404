'use strict';
// listen() twice throws ERR_SERVER_ALREADY_LISTEN; a taken port is EADDRINUSE with Node's
// message and fields; address() is null until listening.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const a = net.createServer();
assert.strictEqual(a.address(), null);
assert.strictEqual(a.listening, false);
a.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => a.listen(0), {
    code: 'ERR_SERVER_ALREADY_LISTEN', message: 'Listen method has been called more than once without closing.',
  });
  const { port } = a.address();
  const b = net.createServer();
  b.on('listening', common.mustNotCall());
  b.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(b.listening, false);
    a.close();
  }));
  b.listen(port, '127.0.0.1');
}));
