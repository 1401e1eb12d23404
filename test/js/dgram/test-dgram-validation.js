'use strict';
// Argument checks of createSocket, bind, connect and send.
require('../../common');
const assert = require('assert');
const dgram = require('dgram');

for (const t of [undefined, 'udp5', 'tcp', {}, { type: 'UDP4' }]) {
  assert.throws(() => dgram.createSocket(t), {
    name: 'TypeError', code: 'ERR_SOCKET_BAD_TYPE', message: 'Bad socket type specified. Valid types are: udp4, udp6',
  });
}
assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "lookup" argument must be of type function. Received type number (5)',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', signal: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: /The "options.signal" property must be an instance of AbortSignal/,
});
const s = dgram.createSocket('udp4');
assert.ok(s instanceof dgram.Socket);
assert.ok(s instanceof require('events'));
assert.strictEqual(s.type, 'udp4');
assert.deepStrictEqual(Object.keys(s), ['_events', '_eventsCount', '_maxListeners', 'type']);
for (const port of [0, 70000, -1, 'abc', null, 1.5]) {
  assert.throws(() => s.send('x', port, '127.0.0.1'), { name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => s.connect(port, '127.0.0.1'), { code: 'ERR_SOCKET_BAD_PORT' });
}
assert.throws(() => s.send('x', 70000), {
  message: 'Port should be > 0 and < 65536. Received type number (70000).',
});
assert.throws(() => s.send(5, 1234), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => s.send(['x', 5], 1234), {
  code: 'ERR_INVALID_ARG_TYPE', message: /^The "buffer list arguments" argument must be/,
});
assert.throws(() => s.send('x', 0, 1, 1234, 5), { code: 'ERR_INVALID_ARG_TYPE', message: /"address" argument must be of type string/ });
assert.throws(() => s.connect(1234, 5), { code: 'ERR_INVALID_ARG_TYPE', message: /"address" argument must be of type string/ });
s.close();
