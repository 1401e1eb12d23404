'use strict';
// A self-signed server: refused by default (DEPTH_ZERO_SELF_SIGNED_CERT, no secureConnect),
// accepted with rejectUnauthorized: false (authorized false, the reason kept).
const common = require('../../common');
const assert = require('assert');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const k = (f) => fs.readFileSync(path.join(__dirname, '../../fixtures/keys', f));

const server = tls.createServer({ key: k('selfsigned-key.pem'), cert: k('selfsigned-cert.pem') }, (s) => s.end());
server.on('tlsClientError', () => {});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const strict = tls.connect({ port, host: '127.0.0.1', servername: 'localhost' });
  strict.on('secureConnect', common.mustNotCall());
  strict.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    assert.strictEqual(err.message,
      'self-signed certificate; if the root CA is installed locally, try running Node.js with --use-system-ca');
    const loose = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', rejectUnauthorized: false },
      common.mustCall(() => {
        assert.strictEqual(loose.authorized, false);
        assert.strictEqual(loose.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
        loose.resume();
        loose.on('close', common.mustCall(() => server.close()));
      }));
  }));
}));
