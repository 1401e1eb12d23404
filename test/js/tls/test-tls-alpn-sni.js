'use strict';
// ALPN picks the server's preferred protocol both sides share (false without overlap);
// the server sees the client's SNI name as servername.
const common = require('../../common');
const assert = require('assert');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const k = (f) => fs.readFileSync(path.join(__dirname, '../../fixtures/keys', f));

const seen = [];
const server = tls.createServer({
  key: k('agent1-key.pem'), cert: k('agent1-cert.pem'), ALPNProtocols: ['h2', 'http/1.1'],
}, common.mustCall((s) => {
  seen.push([s.servername, s.alpnProtocol]);
  s.end();
}, 2));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const a = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: k('ca-cert.pem'),
    ALPNProtocols: ['http/1.1', 'h2'] }, common.mustCall(() => {
    assert.strictEqual(a.alpnProtocol, 'h2');
    a.resume();
    a.on('close', common.mustCall(() => {
      const b = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca: k('ca-cert.pem') },
        common.mustCall(() => {
          assert.strictEqual(b.alpnProtocol, false);
          b.resume();
          b.on('close', common.mustCall(() => {
            assert.deepStrictEqual(seen, [['localhost', 'h2'], ['localhost', false]]);
            server.close();
          }));
        }));
    }));
  }));
}));
