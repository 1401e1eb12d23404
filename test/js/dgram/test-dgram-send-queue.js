'use strict';
// Many datagrams in a row all arrive (loopback), and the send queue is empty once the
// callbacks ran.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const N = 200;
const server = dgram.createSocket('udp4');
let count = 0;
let sum = 0;
server.on('message', (msg) => {
  count++;
  sum += msg.readUInt32BE(0);
  if (count === N) {
    assert.strictEqual(sum, (N * (N - 1)) / 2);
    server.close();
  }
});
server.bind({ port: 0, address: '127.0.0.1' }, common.mustCall(() => {
  const client = dgram.createSocket('udp4');
  let done = 0;
  for (let i = 0; i < N; i++) {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(i);
    client.send(b, server.address().port, '127.0.0.1', common.mustSucceed(() => {
      if (++done === N) {
        assert.strictEqual(client.getSendQueueSize(), 0);
        assert.strictEqual(client.getSendQueueCount(), 0);
        client.close();
      }
    }));
  }
}));
server.on('close', common.mustCall(() => assert.strictEqual(count, N)));
