'use strict';
// Post-handshake verification: each server chain / client CA pair gets OpenSSL's code and
// message (authorizationError), the connection is refused under rejectUnauthorized and
// accepted without it; the server sees the failed client as 'tlsClientError'.
const common = require('../../common');
const assert = require('assert');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const k = (f) => fs.readFileSync(path.join(__dirname, '../../fixtures/keys', f));
const hint = '; if the root CA is installed locally, try running Node.js with --use-system-ca';

const cases = [
  ['ca-signed, trusted CA', 'agent1', 'ca-cert.pem', null, null],
  ['ca-signed, no CA', 'agent1', null, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate' + hint,
    true],
  ['ca-signed, wrong CA', 'agent1', 'selfsigned-cert.pem', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'unable to verify the first certificate' + hint],
  ['self-signed, no CA', 'selfsigned', null, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate' + hint],
  ['self-signed, trusted', 'selfsigned', 'selfsigned-cert.pem', null, null],
  ['chain, no CA', 'leaf', null, 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'unable to get local issuer certificate'],
  ['chain, trusted root', 'leaf', 'ca-cert.pem', null, null],
  ['expired', 'expired', 'ca-cert.pem', 'CERT_HAS_EXPIRED', 'certificate has expired', true],
];

function serverOptions(name) {
  const cert = name === 'leaf' ? k('leaf-chain.pem') : k(`${name}-cert.pem`);
  return { key: k(`${name}-key.pem`), cert };
}

// Each case once under rejectUnauthorized; the failing ones marked `lenient` again without it.
async function run([label, server, ca, code, message, lenient]) {
  for (const reject of lenient ? [true, false] : [true]) {
    const srv = tls.createServer(serverOptions(server), (s) => {
      s.on('error', () => {});
      s.end('hi');
    });
    srv.on('tlsClientError', () => {});
    await new Promise((r) => srv.listen(0, '127.0.0.1', r));
    await new Promise((resolve) => {
      const opts = { port: srv.address().port, host: '127.0.0.1', servername: 'localhost', rejectUnauthorized: reject };
      if (ca) opts.ca = k(ca);
      const c = tls.connect(opts, () => {
        assert(code === null || !reject, `${label}: connected though it should fail`);
        assert.strictEqual(c.authorized, code === null, label);
        assert.strictEqual(c.authorizationError, code, label);
        c.resume();
        c.on('end', () => c.end());
        c.on('close', resolve);
      });
      c.on('error', (err) => {
        assert(reject && code !== null, `${label}: unexpected ${err.code}`);
        assert.strictEqual(err.code, code, label);
        assert.strictEqual(err.message, message, label);
        resolve();
      });
    });
    await new Promise((r) => srv.close(r));
  }
}

(async () => {
  for (const c of cases) await run(c);
})().then(common.mustCall());
