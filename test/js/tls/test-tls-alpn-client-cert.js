'use strict';
// ALPN (the server's first choice the client offered; none without a common protocol on one
// side) and client certificates (requestCert: authorized with a CA-signed one, the
// verification code without one when the server does not reject).
const common = require('../../common');
const assert = require('assert');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const k = (f) => fs.readFileSync(path.join(__dirname, '../../fixtures/keys', f));
const serverKeys = { key: k('agent1-key.pem'), cert: k('agent1-cert.pem') };

function pair(serverOpts, clientOpts) {
  return new Promise((resolve) => {
    const srv = tls.createServer({ ...serverKeys, ...serverOpts }, (s) => {
      const server = { alpn: s.alpnProtocol, authorized: s.authorized, error: s.authorizationError,
                       peer: s.getPeerCertificate().subject?.CN };
      s.end(JSON.stringify(server));
    });
    srv.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: srv.address().port, host: '127.0.0.1', servername: 'localhost',
                              ca: k('ca-cert.pem'), ...clientOpts }, () => {
        let data = '';
        c.setEncoding('utf8');
        c.on('data', (d) => { data += d; });
        c.on('end', () => {
          srv.close();
          resolve({ client: c.alpnProtocol, server: JSON.parse(data) });
        });
      });
    });
  });
}

(async () => {
  let r = await pair({ ALPNProtocols: ['h2', 'http/1.1'] }, { ALPNProtocols: ['http/1.1', 'h2'] });
  assert.strictEqual(r.client, 'h2');
  assert.strictEqual(r.server.alpn, 'h2');
  r = await pair({ ALPNProtocols: ['h2', 'http/1.1'] }, { ALPNProtocols: ['x', 'http/1.1'] });
  assert.strictEqual(r.client, 'http/1.1');
  r = await pair({ ALPNProtocols: ['h2'] }, {});
  assert.strictEqual(r.client, false);
  assert.strictEqual(r.server.alpn, false);
  r = await pair({}, { ALPNProtocols: ['h2'] });
  assert.strictEqual(r.client, false);
  r = await pair({ ALPNProtocols: Buffer.from('\x02h2', 'latin1') }, { ALPNProtocols: ['h2'] });
  assert.strictEqual(r.client, 'h2');

  r = await pair({ requestCert: true, ca: k('ca-cert.pem') }, { key: k('ec-key.pem'), cert: k('ec-cert.pem') });
  assert.deepStrictEqual(r.server, { alpn: false, authorized: true, error: null, peer: 'localhost' });
  r = await pair({ requestCert: true, rejectUnauthorized: false, ca: k('ca-cert.pem') },
                 { key: k('selfsigned-key.pem'), cert: k('selfsigned-cert.pem') });
  assert.deepStrictEqual(r.server, { alpn: false, authorized: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT',
                                     peer: 'localhost' });
  r = await pair({}, { key: k('ec-key.pem'), cert: k('ec-cert.pem') });
  assert.deepStrictEqual(r.server, { alpn: false, authorized: false, error: null });
})().then(common.mustCall());
