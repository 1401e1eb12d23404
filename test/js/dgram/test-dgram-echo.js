'use strict';
// A datagram and its answer on loopback: rinfo's fields, the send callback's byte count, close order.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
server.on('message', common.mustCall((msg, rinfo) => {
  assert.ok(Buffer.isBuffer(msg));
  assert.strictEqual(msg.toString(), 'ping');
  assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.size, 4);
  server.send('pong!', rinfo.port, rinfo.address, common.mustSucceed((n) => assert.strictEqual(n, 5)));
}));
server.on('listening', common.mustCall());
server.bind(0, '127.0.0.1', common.mustCall(function() {
  assert.strictEqual(this, server);
  const { port } = server.address();
  const client = dgram.createSocket('udp4', common.mustCall((msg, rinfo) => {
    assert.strictEqual(msg.toString(), 'pong!');
    assert.strictEqual(rinfo.port, port);
    client.close(common.mustCall(() => server.close()));
  }));
  client.send(Buffer.from('ping'), port, '127.0.0.1', common.mustSucceed((n) => assert.strictEqual(n, 4)));
}));
