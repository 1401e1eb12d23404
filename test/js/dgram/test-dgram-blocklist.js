'use strict';
// sendBlockList fails sends to blocked addresses (ERR_IP_BLOCKED); receiveBlockList drops
// datagrams from blocked senders.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');
const net = require('net');

const bl = new net.BlockList();
bl.addAddress('127.0.0.1');
assert.throws(() => dgram.createSocket({ type: 'udp4', sendBlockList: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.sendBlockList" property must be an net.BlockList. Received type number (5)',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', receiveBlockList: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
const guarded = dgram.createSocket({ type: 'udp4', sendBlockList: bl, receiveBlockList: bl });
guarded.on('message', common.mustNotCall());
guarded.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = guarded.address();
  guarded.send('x', port, '127.0.0.1', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IP_BLOCKED');
    assert.strictEqual(err.message, 'IP(127.0.0.1) is blocked by net.BlockList');
    const other = dgram.createSocket('udp4');
    other.send('y', port, '127.0.0.1', common.mustSucceed(() => {
      // a probe after it, on a socket without lists, proves the first one arrived and was dropped
      const plain = dgram.createSocket('udp4');
      plain.bind(0, '127.0.0.1', common.mustCall(() => {
        plain.on('message', common.mustCall(() => {
          plain.close();
          other.close();
          guarded.close();
        }));
        other.send('z', plain.address().port, '127.0.0.1');
      }));
    }));
  }));
}));
