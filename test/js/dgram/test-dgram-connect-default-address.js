'use strict';
// connect(port) without an address goes to loopback; a connected socket's sends take
// (buffer, offset, length[, callback]) too.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const got = [];
server.on('message', common.mustCall((msg, rinfo) => {
  assert.strictEqual(rinfo.address, '127.0.0.1');
  got.push(msg.toString());
  if (got.length === 2) {
    assert.deepStrictEqual(got, ['bcd', 'whole']);
    server.close();
    client.close();
  }
}, 2));
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  client.connect(server.address().port, common.mustCall(() => {
    client.send(Buffer.from('abcde'), 1, 3, common.mustSucceed((n) => assert.strictEqual(n, 3)));
    client.send('whole');
  }));
}));
