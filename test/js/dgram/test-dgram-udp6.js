'use strict';
// udp6 on ::1: addresses and rinfo in IPv6 form; the default bind address is '::'.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp6');
server.on('message', common.mustCall((msg, rinfo) => {
  assert.strictEqual(msg.toString(), 'six');
  assert.strictEqual(rinfo.address, '::1');
  assert.strictEqual(rinfo.family, 'IPv6');
  server.close();
}));
server.bind(0, '::1', common.mustCall(() => {
  assert.strictEqual(server.address().address, '::1');
  assert.strictEqual(server.address().family, 'IPv6');
  assert.strictEqual(server.setTTL(9), 9);
  assert.strictEqual(server.setMulticastTTL(3), 3);
  const client = dgram.createSocket('udp6');
  client.bind(common.mustCall(() => {
    assert.strictEqual(client.address().address, '::');
    client.send('six', server.address().port, '::1', common.mustSucceed(() => client.close()));
  }));
}));
