'use strict';
// A server on a Unix domain socket path: address() is the path, data flows both ways, and a
// second listen on the same path fails with EADDRINUSE.
const common = require('../../common');
const assert = require('assert');
const net = require('net');
const path = require('path');
const fs = require('fs');

const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'node4j-net-'));
const sockPath = path.join(dir, 'server.sock');

const server = net.createServer(common.mustCall((sock) => {
  sock.on('data', (d) => sock.end(`pong:${d}`));
}));
server.listen(sockPath, common.mustCall(() => {
  assert.strictEqual(server.address(), sockPath);
  const again = net.createServer();
  again.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, sockPath);
    const c = net.connect(sockPath, common.mustCall(() => c.write('ping')));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', common.mustCall(() => {
      assert.strictEqual(got, 'pong:ping');
      server.close(common.mustCall(() => fs.rmSync(dir, { recursive: true, force: true })));
    }));
  }));
  again.listen(sockPath);
}));
