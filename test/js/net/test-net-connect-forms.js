'use strict';
// connect(port, host, cb), connect(options, cb), createConnection === connect, and
// socket.connect() on a new Socket; 'connect' precedes 'ready'.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.createConnection, net.connect);
const server = net.createServer((s) => s.end('x'));
let left = 3;
const done = () => { if (--left === 0) server.close(); };
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const a = net.connect(port, '127.0.0.1', common.mustCall(function() {
    assert.strictEqual(this, a);
  }));
  a.resume().on('close', done);
  const b = net.createConnection({ port, host: '127.0.0.1' }, common.mustCall());
  b.resume().on('close', done);
  const c = new net.Socket();
  const order = [];
  c.on('connect', () => order.push('connect'));
  c.on('ready', () => order.push('ready'));
  assert.strictEqual(c.connect({ port, host: '127.0.0.1' }), c);
  c.resume().on('close', common.mustCall(() => {
    assert.deepStrictEqual(order, ['connect', 'ready']);
    done();
  }));
}));
