'use strict';
// send(buffer, offset, length, port[, address][, callback]) sends the slice; bad bounds throw.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const got = [];
server.on('message', common.mustCall((msg) => {
  got.push(msg.toString());
  if (got.length === 3) {
    assert.deepStrictEqual(got, ['ell', 'world', 'lo w']);
    server.close();
    client.close();
  }
}, 3));
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const buf = Buffer.from('hello world');
  client.send(buf, 1, 3, port, '127.0.0.1');
  client.send(buf, 6, 5, port, '127.0.0.1', common.mustSucceed((n) => assert.strictEqual(n, 5)));
  client.send('hello world', 3, 4, port, '127.0.0.1');
  assert.throws(() => client.send(buf, 12, 1, port, '127.0.0.1'), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
  assert.throws(() => client.send(buf, 5, 10, port, '127.0.0.1'), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
}));
