'use strict';
// Socket buffer sizes: the options apply at bind, the setters take effect, the kernel doubles
// what it is given (Linux), and sizes must be unsigned 32-bit integers.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 10000, sendBufferSize: 12000 });
s.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(s.getRecvBufferSize(), 20000);
  assert.strictEqual(s.getSendBufferSize(), 24000);
  s.setRecvBufferSize(16384);
  assert.strictEqual(s.getRecvBufferSize(), 32768);
  s.setSendBufferSize(8192);
  assert.strictEqual(s.getSendBufferSize(), 16384);
  for (const bad of [-1, 1.5, 'x', 2 ** 32]) {
    assert.throws(() => s.setRecvBufferSize(bad), {
      name: 'TypeError', code: 'ERR_SOCKET_BAD_BUFFER_SIZE', message: 'Buffer size must be a positive integer',
    });
  }
  s.close();
}));
assert.throws(() => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.recvBufferSize" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', sendBufferSize: 'big' }), { code: 'ERR_INVALID_ARG_TYPE' });
