'use strict';
// headersTimeout and requestTimeout, checked every connectionsCheckingInterval: a request
// whose head (or whole body) does not arrive in time gets 'clientError' ERR_HTTP_REQUEST_TIMEOUT
// and, without a clientError listener, a 408 and the connection closed.
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const rawRequest = require('./raw-request');

const slow = (port, first) => rawRequest(port, first, { end: false });

const opts = { headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50 };
const server = http.createServer(opts, common.mustNotCall());
assert.strictEqual(server.headersTimeout, 300);
assert.strictEqual(server.requestTimeout, 600);

const withListener = http.createServer(opts, (req) => { req.resume(); });
withListener.on('clientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'ERR_HTTP_REQUEST_TIMEOUT');
  assert.strictEqual(err.message, 'Request timeout');
  socket.destroy();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => withListener.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  // the head never ends: headersTimeout
  const a = await slow(port, 'GET / HTTP/1.1\r\nHost: x\r\n');
  assert.strictEqual(a, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  // a head then a body that never ends: requestTimeout (clientError listener)
  await slow(withListener.address().port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc');
  server.close();
  withListener.close();
}))));
