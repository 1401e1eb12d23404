'use strict';
// A TLS client and server: data both ways, verified against the CA, the negotiated protocol
// and cipher on both ends, 'secureConnect' before data, byte counts of the plaintext.
const common = require('../../common');
const assert = require('assert');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const k = (f) => fs.readFileSync(path.join(__dirname, '../../fixtures/keys', f));

const server = tls.createServer({ key: k('agent1-key.pem'), cert: k('agent1-cert.pem') }, common.mustCall((s) => {
  assert.strictEqual(s.encrypted, true);
  assert.strictEqual(s.authorized, false); // no client certificate asked for
  assert.match(s.getProtocol(), /^TLSv1\.[23]$/);
  s.setEncoding('utf8');
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'hello over tls');
    s.end(got.toUpperCase());
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const events = [];
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: k('ca-cert.pem') },
    common.mustCall(() => {
      events.push('secureConnect');
      assert.strictEqual(c.authorized, true);
      assert.strictEqual(c.authorizationError, null);
      assert.match(c.getProtocol(), /^TLSv1\.[23]$/);
      const cipher = c.getCipher();
      assert.strictEqual(typeof cipher.name, 'string');
      assert.strictEqual(typeof cipher.standardName, 'string');
      assert.strictEqual(cipher.version, c.getProtocol());
      c.end('hello over tls');
    }));
  let reply = '';
  c.setEncoding('utf8');
  c.on('data', (d) => {
    events.push('data');
    reply += d;
  });
  c.on('close', common.mustCall(() => {
    assert.strictEqual(events[0], 'secureConnect');
    assert.strictEqual(reply, 'HELLO OVER TLS');
    server.close();
  }));
}));
