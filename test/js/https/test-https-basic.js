'use strict';
// https over tls: a server with a CA-signed certificate answers GET and POST (bodies both
// ways, chunked and fixed length), the socket is a TLSSocket, and a keep-alive agent reuses
// its connection.
const common = require('../../common');
const assert = require('assert');
const https = require('https');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const k = (f) => fs.readFileSync(path.join(__dirname, '../../fixtures/keys', f));
const ca = k('ca-cert.pem');

const server = https.createServer({ key: k('agent1-key.pem'), cert: k('agent1-cert.pem') }, (req, res) => {
  assert(req.socket instanceof tls.TLSSocket);
  // a client that rejects the server sends nothing (the request waits for verification)
  assert.notStrictEqual(req.url, '/rejected');
  assert.strictEqual(req.socket.encrypted, true);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/chunked') {
      res.write('a');
      res.end('b');
      return;
    }
    res.setHeader('x-port', req.socket.remotePort);
    res.end(`${req.method} ${req.url} ${body}`);
  });
});

function fetchText(opts, body) {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: 'localhost', port: server.address().port, ca, ...opts }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ res, data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  assert(server instanceof tls.Server);
  let r = await fetchText({ path: '/a?b=1' });
  assert.strictEqual(r.res.statusCode, 200);
  assert.strictEqual(r.data, 'GET /a?b=1 ');
  assert.strictEqual(r.res.headers['content-length'], '11');

  r = await fetchText({ path: '/post', method: 'POST' }, 'payload');
  assert.strictEqual(r.data, 'POST /post payload');

  r = await fetchText({ path: '/chunked' });
  assert.strictEqual(r.res.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(r.data, 'ab');

  // URL form with options
  r = await new Promise((resolve) => {
    https.get(`https://localhost:${server.address().port}/url`, { ca }, (res) => {
      res.setEncoding('utf8');
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve(data));
    });
  });
  assert.strictEqual(r, 'GET /url ');

  // keep-alive: the second request goes over the first one's connection
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
  const first = await fetchText({ path: '/1', agent });
  const second = await fetchText({ path: '/2', agent });
  assert.strictEqual(second.res.req.reusedSocket, true);
  assert.strictEqual(first.res.headers['x-port'], second.res.headers['x-port']);
  agent.destroy();

  server.close();
  server.closeAllConnections();
}));
