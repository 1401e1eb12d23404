'use strict';
// reuseAddr: two sockets share a port; without it the second bind fails.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
a.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = a.address().port;
  const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  b.bind(port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(b.address().port, port);
    const c = dgram.createSocket('udp4');
    c.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EADDRINUSE');
      a.close();
      b.close();
      c.close();
    }));
    c.bind(port, '127.0.0.1');
  }));
}));
