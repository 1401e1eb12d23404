'use strict';
// A connected socket whose peer has no socket: the ICMP "port unreachable" comes back as an
// 'error' (recvmsg ECONNREFUSED) on the socket, as libuv reports the failed read.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const gone = dgram.createSocket('udp4');
gone.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = gone.address().port;
  gone.close(common.mustCall(() => {
    const c = dgram.createSocket('udp4');
    c.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -111);
      assert.strictEqual(err.syscall, 'recvmsg');
      assert.strictEqual(err.message, 'recvmsg ECONNREFUSED');
      assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
      c.close();
    }));
    c.connect(port, '127.0.0.1', common.mustCall(() => {
      c.send('x', common.mustSucceed((n) => assert.strictEqual(n, 1)));
    }));
  }));
}));
