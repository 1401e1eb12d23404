'use strict';
// A datagram near the 64 KiB limit arrives whole; one over it fails with EMSGSIZE in the callback.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const big = Buffer.alloc(65000, 'x');
big[0] = 0x41;
big[64999] = 0x5a;
const server = dgram.createSocket('udp4');
server.on('message', common.mustCall((msg, rinfo) => {
  assert.strictEqual(rinfo.size, 65000);
  assert.ok(msg.equals(big));
  const client = dgram.createSocket('udp4');
  client.send(Buffer.alloc(70000), server.address().port, '127.0.0.1', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EMSGSIZE');
    assert.strictEqual(err.syscall, 'send');
    assert.strictEqual(err.port, server.address().port);
    assert.strictEqual(err.address, '127.0.0.1');
    client.close();
    server.close();
  }));
}));
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const client = dgram.createSocket('udp4');
  client.send(big, server.address().port, '127.0.0.1', common.mustSucceed((n) => {
    assert.strictEqual(n, 65000);
    client.close();
  }));
}));
