'use strict';
// https.Agent's defaults and pool names (TLS settings split the pool), globalAgent, request
// option validation, and a plain-TCP peer: the client gets a TLS error, the https server
// answers a plaintext client with 'clientError' (tlsClientError) and no crash.
const common = require('../../common');
const assert = require('assert');
const https = require('https');
const http = require('http');
const net = require('net');
const fs = require('fs');
const path = require('path');
const k = (f) => fs.readFileSync(path.join(__dirname, '../../fixtures/keys', f));

const agent = new https.Agent();
assert(agent instanceof http.Agent);
assert.strictEqual(agent.defaultPort, 443);
assert.strictEqual(agent.protocol, 'https:');
assert(https.globalAgent instanceof https.Agent);
assert.strictEqual(https.globalAgent.keepAlive, true);
const a = agent.getName({ host: 'h', port: 1 });
const b = agent.getName({ host: 'h', port: 1, rejectUnauthorized: false });
assert.notStrictEqual(a, b);
assert(a.startsWith('h:1:'));
assert.throws(() => https.request({ protocol: 'http:' }), { code: 'ERR_INVALID_PROTOCOL' });

const server = https.createServer({ key: k('agent1-key.pem'), cert: k('agent1-cert.pem') }, common.mustNotCall());
server.on('clientError', common.mustCall((err, socket) => {
  assert(err instanceof Error);
  assert.match(err.code, /^(ERR_SSL_|ECONNRESET)/);
  socket.destroy();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  c.on('error', () => {});
  c.resume();
  c.on('close', common.mustCall(() => server.close()));
}));

// an https client against a plain TCP server
const plain = net.createServer((s) => {
  s.on('error', () => {});
  s.end('HTTP/1.1 200 OK\r\n\r\n');
});
plain.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = https.get({ host: '127.0.0.1', port: plain.address().port, agent: false });
  req.on('error', common.mustCall((err) => {
    // Node reports EPROTO here (tls.connect alone: ERR_SSL_WRONG_VERSION_NUMBER, as node4j does)
    assert.match(err.code, /^(EPROTO|ERR_SSL_WRONG_VERSION_NUMBER|ECONNRESET)$/);
    plain.close();
  }));
}));
