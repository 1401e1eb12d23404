'use strict';
// allowHalfOpen: the server sees 'end', can still write, and the client reads it after its
// own end(). Without allowHalfOpen the server's side ends by itself after 'end'.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const half = net.createServer({ allowHalfOpen: true }, common.mustCall((sock) => {
  sock.resume();
  sock.on('end', common.mustCall(() => {
    assert.strictEqual(sock.writable, true);
    setImmediate(() => sock.end('late reply'));
  }));
}));
half.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(half.address().port, '127.0.0.1', common.mustCall(() => c.end()));
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(got, 'late reply');
    half.close();
    notHalf();
  }));
}));

function notHalf() {
  const server = net.createServer(common.mustCall((sock) => {
    sock.resume();
    sock.on('end', common.mustCall());
    sock.on('finish', common.mustCall());
    sock.on('close', common.mustCall(() => server.close()));
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => c.end()));
    c.resume();
    c.on('end', common.mustCall());
    c.on('close', common.mustCall());
  }));
}
