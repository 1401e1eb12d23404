'use strict';
// An https client verifies the server before sending anything: an untrusted certificate or a
// name it does not carry fails the request with Node's code and the server never sees it;
// rejectUnauthorized: false goes through.
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
  // an untrusted server
  await assert.rejects(fetchText({ path: '/rejected', ca: undefined, agent: false }), {
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  });
  // a name the certificate does not carry
  await assert.rejects(fetchText({ path: '/rejected', host: '127.0.0.1', servername: 'example.com', agent: false }), {
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
  });
  // rejectUnauthorized: false accepts it
  const r = await fetchText({ path: '/lenient', ca: undefined, rejectUnauthorized: false, agent: false });
  assert.strictEqual(r.data, 'GET /lenient ');
  server.close();
  server.closeAllConnections();
}));
