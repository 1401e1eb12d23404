'use strict';
// A port in use: 'error' with Node's fields, the bind callback never runs, and the socket
// may bind again afterwards.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = a.address().port;
  const b = dgram.createSocket('udp4');
  b.bind(port, '127.0.0.1', common.mustNotCall());
  b.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
    b.bind(0, '127.0.0.1', common.mustCall(() => {
      assert.notStrictEqual(b.address().port, port);
      b.close();
      a.close();
    }));
  }));
}));
