'use strict';
// ECONNREFUSED and EADDRINUSE carry Node's message, code, errno, syscall, address and port;
// the failed socket emits 'error' then 'close' with hadError true.
const common = require('../../common');
const assert = require('assert');
const net = require('net');
const util = require('util');

const probe = net.createServer();
probe.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = probe.address();
  // a second listener on the same port
  const other = net.createServer(common.mustNotCall());
  other.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, util.getSystemErrorMap().get(err.errno)[0] === 'EADDRINUSE' ? err.errno : NaN);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err), ['code', 'errno', 'syscall', 'address', 'port']);
    assert.strictEqual(other.listening, false);
    probe.close(common.mustCall(() => refused(port)));
  }));
  other.listen(port, '127.0.0.1');
}));

function refused(port) {
  // the port was just released: nothing listens there now
  const order = [];
  const c = net.connect({ port, host: '127.0.0.1' });
  c.on('connect', common.mustNotCall());
  c.on('error', common.mustCall((err) => {
    order.push('error');
    assert.strictEqual(err.code, 'ECONNREFUSED');
    assert.strictEqual(err.syscall, 'connect');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
  }));
  c.on('close', common.mustCall((hadError) => {
    order.push('close');
    assert.strictEqual(hadError, true);
    assert.deepStrictEqual(order, ['error', 'close']);
    assert.strictEqual(c.destroyed, true);
  }));
}

// close() on a server that is not listening
net.createServer().close(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
}));

// listening twice
const twice = net.createServer();
twice.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => twice.listen(0), { code: 'ERR_SERVER_ALREADY_LISTEN' });
  twice.close();
}));
