'use strict';
// A custom lookup resolves bind, send and connect addresses (called with the socket's family);
// its errors reach the send callback, or 'error' without one.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const names = [];
const lookup = (name, family, cb) => {
  names.push([name, family]);
  if (name === 'bad.invalid') {
    const err = new Error('no such name');
    err.code = 'ENOTFOUND';
    return process.nextTick(cb, err);
  }
  process.nextTick(cb, null, '127.0.0.1', 4);
};
const server = dgram.createSocket({ type: 'udp4', lookup });
server.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.toString(), 'via lookup');
  client.send('x', server.address().port, 'bad.invalid', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOTFOUND');
    client.send('y', server.address().port, 'bad.invalid');
  }));
}));
let client;
server.bind(0, 'server.test', common.mustCall(() => {
  assert.strictEqual(server.address().address, '127.0.0.1');
  client = dgram.createSocket({ type: 'udp4', lookup });
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'no such name');
    assert.deepStrictEqual(names, [['server.test', 4], ['0.0.0.0', 4], ['peer.test', 4],
      ['bad.invalid', 4], ['bad.invalid', 4]]);
    client.close();
    server.close();
  }));
  client.send('via lookup', server.address().port, 'peer.test');
}));
