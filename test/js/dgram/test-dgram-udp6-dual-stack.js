'use strict';
// A udp6 socket on '::' (dual stack) receives IPv4 datagrams from IPv4-mapped addresses, and
// answers them; a connected udp6 socket reports its peer in IPv6 form.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const six = dgram.createSocket('udp6');
six.on('message', common.mustCall((msg, rinfo) => {
  assert.strictEqual(msg.toString(), 'from v4');
  assert.strictEqual(rinfo.family, 'IPv6');
  assert.strictEqual(rinfo.address, '::ffff:127.0.0.1');
  six.send('back', rinfo.port, rinfo.address);
}));
six.bind(0, '::', common.mustCall(() => {
  const four = dgram.createSocket('udp4');
  four.on('message', common.mustCall((msg, rinfo) => {
    assert.strictEqual(msg.toString(), 'back');
    assert.strictEqual(rinfo.family, 'IPv4');
    assert.strictEqual(rinfo.address, '127.0.0.1');
    four.close();
    const c = dgram.createSocket('udp6');
    c.connect(six.address().port, '::1', common.mustCall(() => {
      assert.deepStrictEqual(c.remoteAddress(), { address: '::1', family: 'IPv6', port: six.address().port });
      c.close();
      six.close();
    }));
  }));
  four.send('from v4', six.address().port, '127.0.0.1');
}));
