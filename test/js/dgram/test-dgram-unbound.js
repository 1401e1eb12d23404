'use strict';
// An unbound socket has no fd yet: options fail with EBADF, as in libuv.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
for (const [fn, syscall] of [[() => s.address(), 'getsockname'], [() => s.setBroadcast(true), 'setBroadcast'],
  [() => s.setTTL(5), 'setTTL'], [() => s.setMulticastTTL(5), 'setMulticastTTL'],
  [() => s.setMulticastLoopback(true), 'setMulticastLoopback']]) {
  assert.throws(fn, { name: 'Error', code: 'EBADF', errno: -9, syscall, message: `${syscall} EBADF` });
}
assert.throws(() => s.getRecvBufferSize(), {
  name: 'SystemError',
  code: 'ERR_SOCKET_BUFFER_SIZE',
  message: 'Could not get or set buffer size: uv_recv_buffer_size returned EBADF (bad file descriptor)',
  info: { errno: -9, code: 'EBADF', message: 'bad file descriptor', syscall: 'uv_recv_buffer_size' },
});
assert.throws(() => s.setSendBufferSize(1024), {
  code: 'ERR_SOCKET_BUFFER_SIZE', syscall: 'uv_send_buffer_size', errno: -9,
});
assert.strictEqual(s.getSendQueueSize(), 0);
assert.strictEqual(s.getSendQueueCount(), 0);
s.close(common.mustCall());
