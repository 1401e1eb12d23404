'use strict';
// A server writing far more than a slow reader takes: write() returns false, 'drain' follows
// once the client reads on, and every byte arrives in order.
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const chunk = Buffer.alloc(64 * 1024, 'x');
const total = 128; // 8 MiB
let sawFalse = 0;
let drains = 0;

const server = http.createServer(common.mustCall((req, res) => {
  let i = 0;
  res.on('drain', () => { drains++; write(); });
  function write() {
    while (i < total) {
      chunk[0] = i & 0xff;
      const ok = res.write(Buffer.from(chunk));
      i++;
      if (!ok) {
        sawFalse++;
        assert.ok(res.writableNeedDrain);
        return;
      }
    }
    res.end();
  }
  write();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    let bytes = 0;
    let next = 0;
    let buffered = Buffer.alloc(0);
    res.pause();
    // read in small sips, with pauses, so the server's buffers fill up
    const sip = () => {
      let d;
      while ((d = res.read()) !== null) {
        bytes += d.length;
        buffered = Buffer.concat([buffered, d]);
        while (buffered.length >= chunk.length) {
          assert.strictEqual(buffered[0], next & 0xff);
          next++;
          buffered = buffered.subarray(chunk.length);
        }
      }
    };
    res.on('readable', () => setTimeout(sip, 1));
    res.on('end', common.mustCall(() => {
      assert.strictEqual(bytes, total * chunk.length);
      assert.strictEqual(next, total);
      assert.ok(sawFalse > 0, 'write() never returned false');
      assert.strictEqual(drains, sawFalse);
      server.close();
    }));
  }));
}));
