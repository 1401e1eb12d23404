'use strict';
// getConnections counts open connections, and counts down as they close.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const N = 3;
const sockets = [];
const server = net.createServer(common.mustCall((s) => {
  sockets.push(s);
  if (sockets.length < N) return;
  server.getConnections(common.mustSucceed((count) => {
    assert.strictEqual(count, N);
    sockets[0].destroy();
    sockets[0].on('close', common.mustCall(() => {
      server.getConnections(common.mustSucceed((count2) => {
        assert.strictEqual(count2, N - 1);
        for (const s of sockets) s.destroy();
        server.close();
      }));
    }));
  }));
}, N));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  server.getConnections(common.mustSucceed((count) => assert.strictEqual(count, 0)));
  for (let i = 0; i < N; i++) net.connect(server.address().port, '127.0.0.1').on('error', () => {}).resume();
}));
