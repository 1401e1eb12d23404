'use strict';
// A reader that pauses stops the writer: write() returns false and the writer stalls (the
// socket stops reading the kernel, TCP's window closes) long before all data is out; after
// resume() every byte arrives, in order.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const total = 32 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = i & 0xff;

let sent = 0;
let sawFalse = false;
const server = net.createServer(common.mustCall((sock) => {
  function pump() {
    while (sent < total) {
      sent += chunk.length;
      if (!sock.write(chunk)) {
        sawFalse = true;
        sock.once('drain', pump);
        return;
      }
    }
    sock.end();
  }
  pump();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.pause();
  // Resume once the writer has made no progress between two looks.
  let last = -1;
  const watch = setInterval(() => {
    if (sent === last && sawFalse) {
      clearInterval(watch);
      assert.ok(sent < total, `the writer never stalled (sent ${sent})`);
      client.resume();
    }
    last = sent;
  }, 20);
  let received = 0;
  let ok = true;
  client.on('data', (d) => {
    for (let i = 0; i < d.length; i += 4096) if (d[i] !== ((received + i) & 0xff)) ok = false;
    received += d.length;
  });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, total);
    assert.ok(ok, 'bytes out of order');
    server.close();
  }));
}));
