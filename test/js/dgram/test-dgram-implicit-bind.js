'use strict';
// The first send() binds an unbound socket (port 0, all interfaces) and emits 'listening';
// sends made meanwhile wait in the queue and go out in order.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const got = [];
server.on('message', common.mustCall((msg, rinfo) => {
  got.push(msg.toString());
  if (got.length === 5) {
    assert.deepStrictEqual(got, ['0', '1', '2', '3', '4']);
    assert.strictEqual(rinfo.port, client.address().port);
    server.close();
    client.close();
  }
}, 5));
let client;
server.bind(0, '127.0.0.1', common.mustCall(() => {
  client = dgram.createSocket('udp4');
  assert.throws(() => client.address(), { code: 'EBADF', syscall: 'getsockname' });
  client.on('listening', common.mustCall(() => {
    const a = client.address();
    assert.strictEqual(a.address, '0.0.0.0');
    assert.strictEqual(a.family, 'IPv4');
    assert.ok(a.port > 0);
  }));
  for (let i = 0; i < 5; i++) client.send(`${i}`, server.address().port, '127.0.0.1');
  assert.throws(() => client.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND', message: 'Socket is already bound' });
}));
