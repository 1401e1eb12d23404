'use strict';
// A TLS client meeting a plaintext server fails with OpenSSL's wrong-version error; a TLS
// server meeting a plaintext HTTP client reports 'tlsClientError' (ERR_SSL_HTTP_REQUEST) and
// never emits 'secureConnection'.
const common = require('../../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const k = (f) => fs.readFileSync(path.join(__dirname, '../../fixtures/keys', f));

const plain = net.createServer((s) => {
  s.on('error', () => {});
  s.end('HTTP/1.1 200 OK\r\n\r\n');
});
plain.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = tls.connect({ host: '127.0.0.1', port: plain.address().port });
  c.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SSL_WRONG_VERSION_NUMBER');
    assert.match(err.message, /wrong version number/);
    plain.close();
  }));
}));

const server = tls.createServer({ key: k('agent1-key.pem'), cert: k('agent1-cert.pem') }, common.mustNotCall());
server.on('tlsClientError', common.mustCall((err, socket) => {
  assert.strictEqual(err.code, 'ERR_SSL_HTTP_REQUEST');
  assert.match(err.message, /http request/);
  assert(socket instanceof tls.TLSSocket);
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  c.on('error', () => {});
  c.resume();
  c.on('close', common.mustCall(() => server.close()));
}));
