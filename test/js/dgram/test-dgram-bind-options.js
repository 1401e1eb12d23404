'use strict';
// bind({ port, address, exclusive }) and bind(callback) forms; 'listening' precedes the callback.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const order = [];
const a = dgram.createSocket('udp4');
a.on('listening', () => order.push('listening'));
a.bind({ address: '127.0.0.1', exclusive: true }, common.mustCall(() => {
  order.push('callback');
  assert.deepStrictEqual(order, ['listening', 'callback']);
  assert.strictEqual(a.address().address, '127.0.0.1');
  a.close();
}));
const b = dgram.createSocket('udp4');
b.bind(common.mustCall(() => {
  assert.strictEqual(b.address().address, '0.0.0.0');
  b.close();
}));
const c = dgram.createSocket('udp4');
c.bind('0', common.mustCall(() => {
  assert.ok(c.address().port > 0);
  c.close();
}));
// bind's port is not validated: it is taken as an unsigned 16-bit number (-65536 is port 0)
const d = dgram.createSocket('udp4');
d.bind(-65536, '127.0.0.1', common.mustCall(() => {
  assert.ok(d.address().port > 0);
  d.close();
}));
