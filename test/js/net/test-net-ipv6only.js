'use strict';
// listen({ host: '::', ipv6Only: true }) leaves the IPv4 port free; without it the dual-stack
// socket takes both families.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const six = net.createServer();
six.listen({ host: '::', port: 0, ipv6Only: true }, common.mustCall(() => {
  const { port } = six.address();
  assert.strictEqual(six.address().family, 'IPv6');
  const four = net.createServer();
  four.listen(port, '0.0.0.0', common.mustCall(() => {
    four.close();
    six.close();
    const dual = net.createServer();
    dual.listen({ host: '::', port: 0 }, common.mustCall(() => {
      const v4 = net.createServer();
      v4.on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'EADDRINUSE');
        dual.close();
      }));
      v4.listen(dual.address().port, '0.0.0.0');
    }));
  }));
}));
