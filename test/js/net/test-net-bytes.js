'use strict';
// bytesRead/bytesWritten on both ends, strings counted in their encoded bytes.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((s) => {
  let got = 0;
  s.on('data', (d) => { got += d.length; });
  s.on('end', common.mustCall(() => {
    assert.strictEqual(got, 6 + 1000);
    assert.strictEqual(s.bytesRead, 1006);
    s.end('ok');
  }));
  s.on('close', common.mustCall(() => {
    assert.strictEqual(s.bytesWritten, 2);
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('héllo'); // 6 bytes in UTF-8
  c.end(Buffer.alloc(1000));
  c.resume();
  c.on('close', common.mustCall(() => {
    assert.strictEqual(c.bytesWritten, 1006);
    assert.strictEqual(c.bytesRead, 2);
  }));
}));
