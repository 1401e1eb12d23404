'use strict';
// connect(): 'connect' event, remoteAddress(), sends without a port, and the errors around it.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
server.on('message', common.mustCall((msg, rinfo) => {
  assert.strictEqual(msg.toString(), 'hi');
  server.send('back', rinfo.port, rinfo.address);
}));
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' });
  assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  client.connect(port, '127.0.0.1', common.mustCall(function() {
    assert.strictEqual(this, client);
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected' });
    assert.throws(() => client.send('x', 0, 1, port, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    assert.throws(() => client.send('x', 0, 1, port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    client.send('hi', common.mustSucceed((n) => assert.strictEqual(n, 2)));
  }));
  assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
  client.on('message', common.mustCall((msg, rinfo) => {
    assert.strictEqual(msg.toString(), 'back');
    assert.strictEqual(rinfo.port, port);
    client.disconnect();
    assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
    assert.throws(() => client.send('x'), { code: 'ERR_SOCKET_BAD_PORT' });
    client.close();
    server.close();
  }));
}));
