'use strict';
// pauseOnConnect: the server's socket reads nothing until resume().
const common = require('../../common');
const assert = require('assert');
const net = require('net');

let resumed = false;
const server = net.createServer({ pauseOnConnect: true }, common.mustCall((sock) => {
  assert.strictEqual(sock.isPaused(), true);
  sock.on('data', common.mustCall((d) => {
    assert.strictEqual(resumed, true);
    assert.strictEqual(d.toString(), 'early');
    sock.end();
    server.close();
  }));
  setTimeout(() => {
    resumed = true;
    sock.resume();
  }, 50);
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  net.connect(server.address().port, '127.0.0.1', function() {
    this.write('early');
  }).resume();
}));
