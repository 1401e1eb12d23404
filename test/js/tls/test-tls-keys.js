'use strict';
// Key material in every form createSecureContext takes: PKCS#8, PKCS#1, SEC1 (EC), an
// encrypted PKCS#8 key with its passphrase (per key or for all), PKCS#12 with a passphrase,
// several key/cert pairs; and OpenSSL's error for a wrong passphrase.
const common = require('../../common');
const assert = require('assert');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const k = (f) => fs.readFileSync(path.join(__dirname, '../../fixtures/keys', f));

assert.throws(() => tls.createSecureContext({ key: k('agent1-key-enc.pem'), passphrase: 'wrong',
                                              cert: k('agent1-cert.pem') }),
              { code: 'ERR_OSSL_BAD_DECRYPT', message: /bad decrypt/ });

const variants = [
  ['pkcs8', { key: k('agent1-key.pem'), cert: k('agent1-cert.pem') }, 2048],
  ['pkcs1 string', { key: k('agent1-key-pkcs1.pem').toString(), cert: k('agent1-cert.pem').toString() }, 2048],
  ['encrypted', { key: k('agent1-key-enc.pem'), passphrase: 'secret', cert: k('agent1-cert.pem') }, 2048],
  ['encrypted, per key', { key: [{ pem: k('agent1-key-enc.pem'), passphrase: 'secret' }], cert: k('agent1-cert.pem') },
    2048],
  ['pfx', { pfx: k('agent1.pfx'), passphrase: 'secret' }, 2048],
  ['pfx object', { pfx: [{ buf: k('agent1.pfx'), passphrase: 'secret' }] }, 2048],
  ['ec', { key: k('ec-key.pem'), cert: k('ec-cert.pem') }, 256],
  ['two pairs', { key: [k('ec-key.pem'), k('agent1-key.pem')], cert: [k('agent1-cert.pem'), k('ec-cert.pem')] }, null],
];

(async () => {
  for (const [label, opts, bits] of variants) {
    const srv = tls.createServer(opts, (s) => s.end('ok'));
    await new Promise((r) => srv.listen(0, '127.0.0.1', r));
    await new Promise((resolve) => {
      const c = tls.connect({ port: srv.address().port, host: '127.0.0.1', servername: 'localhost', ca: k('ca-cert.pem') },
        common.mustCall(() => {
          assert.strictEqual(c.authorized, true, label);
          if (bits) assert.strictEqual(c.getPeerCertificate().bits, bits, label);
          let data = '';
          c.setEncoding('utf8');
          c.on('data', (d) => { data += d; });
          c.on('end', () => {
            assert.strictEqual(data, 'ok', label);
            resolve();
          });
        }));
    });
    await new Promise((r) => srv.close(r));
  }
})().then(common.mustCall());
