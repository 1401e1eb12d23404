'use strict';
// ipv6Only: an IPv6 socket on '::' leaves the IPv4 port free; without it, dual stack takes both.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const six = dgram.createSocket({ type: 'udp6', ipv6Only: true });
six.bind(0, '::', common.mustCall(() => {
  const port = six.address().port;
  const four = dgram.createSocket('udp4');
  four.bind(port, '0.0.0.0', common.mustCall(() => {
    four.close();
    six.close();
    const dual = dgram.createSocket('udp6');
    dual.bind(0, '::', common.mustCall(() => {
      const v4 = dgram.createSocket('udp4');
      v4.on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'EADDRINUSE');
        v4.close();
        dual.close();
      }));
      v4.bind(dual.address().port, '0.0.0.0');
    }));
  }));
}));
