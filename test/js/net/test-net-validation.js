'use strict';
// Argument checks that throw synchronously, with Node's codes and messages.
require('../../common');
const assert = require('assert');
const net = require('net');

assert.throws(() => net.connect(65536, '127.0.0.1'), {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError',
  message: 'Port should be >= 0 and < 65536. Received type number (65536).',
});
assert.throws(() => net.connect({ port: -1 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.connect({ port: true }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.createServer().listen(65536), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (65536).',
});
assert.throws(() => net.createServer().listen({ host: '127.0.0.1' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /must have the property "port" or "path"/,
});
assert.throws(() => net.connect({ port: 80, localAddress: 'nope' }), {
  code: 'ERR_INVALID_IP_ADDRESS',
  message: 'Invalid IP address: nope',
});
assert.throws(() => net.createServer(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new net.Socket().setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new net.Socket().setTimeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new net.Socket().setTimeout(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

const s = new net.Socket();
assert.strictEqual(s.readyState, 'open');
assert.strictEqual(s.pending, true);
assert.strictEqual(s.connecting, false);
assert.deepStrictEqual(s.address(), {});
assert.strictEqual(s.remoteAddress, undefined);
assert.strictEqual(s.bytesRead, 0);
assert.strictEqual(s.bytesWritten, 0);
assert.strictEqual(net.createServer().address(), null);
assert.strictEqual(net.createServer().listening, false);
assert.strictEqual(net.Stream, net.Socket);
assert.strictEqual(net.createConnection, net.connect);
assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
