'use strict';
// send() takes strings, Buffers, TypedArrays, DataViews and arrays of them (joined in one datagram).
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const expected = ['abc', 'hello world', 'ABCD', 'xyz', '', 'mixed!'];
const server = dgram.createSocket('udp4');
server.on('message', common.mustCall((msg, rinfo) => {
  assert.strictEqual(msg.toString('latin1'), expected.shift());
  assert.strictEqual(rinfo.size, msg.length);
  if (expected.length === 0) {
    server.close();
    client.close();
  }
}, expected.length));
let client;
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  client = dgram.createSocket('udp4');
  client.send('abc', port, '127.0.0.1');
  client.send([Buffer.from('hello'), ' ', new Uint8Array([119, 111, 114, 108, 100])], port, '127.0.0.1');
  client.send(new Uint16Array([0x4241, 0x4443]), port, '127.0.0.1');
  client.send(new DataView(new Uint8Array([120, 121, 122]).buffer), port, '127.0.0.1');
  client.send([], port, '127.0.0.1', common.mustSucceed((n) => assert.strictEqual(n, 0)));
  client.send(['mi', Buffer.from('xed'), '!'], port, '127.0.0.1', common.mustSucceed((n) => assert.strictEqual(n, 6)));
}));
