'use strict';
// maxHeaderSize: the server answers 431 to a larger head (per server option too), and the
// client fails a response whose head is too large with HPE_HEADER_OVERFLOW.
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const raw = require('./raw-request');

assert.strictEqual(http.maxHeaderSize, 16384);

const small = http.createServer({ maxHeaderSize: 1024 }, (req, res) => res.end('ok'));
const big = http.createServer((req, res) => {
  res.setHeader('x-big', 'v'.repeat(2000));
  res.end('ok');
});

small.listen(0, '127.0.0.1', common.mustCall(() => big.listen(0, '127.0.0.1', common.mustCall(async () => {
  const ok = await raw(small.address().port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(ok, /^HTTP\/1\.1 200 OK/);
  const tooBig = await raw(small.address().port, `GET / HTTP/1.1\r\nHost: x\r\nX-A: ${'a'.repeat(1100)}\r\n\r\n`);
  assert.strictEqual(tooBig, 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');

  const req = http.get({ port: big.address().port, host: '127.0.0.1', maxHeaderSize: 1000 });
  req.on('response', common.mustNotCall());
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'HPE_HEADER_OVERFLOW');
    assert.strictEqual(err.message, 'Parse Error: Header overflow');
    http.get({ port: big.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
      assert.strictEqual(res.headers['x-big'].length, 2000);
      res.resume();
      res.on('end', () => { small.close(); big.close(); });
    }));
  }));
}))));
