'use strict';
// getPeerCertificate() in Node's shape: key order, OpenSSL's names and formats, the
// detailed chain linked through issuerCertificate (a root issues itself), EC details, and
// getCertificate() on the other side.
const common = require('../../common');
const assert = require('assert');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const k = (f) => fs.readFileSync(path.join(__dirname, '../../fixtures/keys', f));

const keys = ['subject', 'issuer', 'subjectaltname', 'infoAccess', 'ca', 'modulus', 'exponent', 'pubkey', 'bits',
  'valid_from', 'valid_to', 'fingerprint', 'fingerprint256', 'fingerprint512', 'ext_key_usage', 'serialNumber',
  'raw', 'asn1Curve', 'nistCurve'];

function connectTo(serverOpts, clientOpts, check) {
  return new Promise((resolve) => {
    const srv = tls.createServer(serverOpts, common.mustCall((s) => {
      check.server?.(s);
      s.end();
    }));
    srv.listen(0, '127.0.0.1', () => {
      const c = tls.connect({ port: srv.address().port, host: '127.0.0.1', servername: 'localhost', ...clientOpts },
        common.mustCall(() => {
          check.client(c);
          c.resume();
          c.on('end', () => { c.end(); srv.close(resolve); });
        }));
    });
  });
}

const pemToDer = (pem) => Buffer.from(pem.toString().replace(/-----[^-]+-----|\s/g, ''), 'base64');
const fp = (der, alg) => crypto.createHash(alg).update(der).digest('hex').toUpperCase().match(/../g).join(':');

(async () => {
  await connectTo({ key: k('agent1-key.pem'), cert: k('agent1-cert.pem') }, { ca: k('ca-cert.pem') }, {
    client(c) {
      const cert = c.getPeerCertificate();
      assert.deepStrictEqual(Object.keys(cert), keys);
      assert.strictEqual(Object.getPrototypeOf(cert.subject), null);
      assert.deepStrictEqual({ ...cert.subject }, { C: 'US', ST: 'CA', L: 'SF', O: 'node4j', OU: 'test', CN: 'localhost' });
      assert.strictEqual(cert.issuer.CN, 'node4j test CA');
      assert.strictEqual(cert.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
      assert.strictEqual(cert.infoAccess, undefined);
      assert.strictEqual(cert.ca, false);
      assert.match(cert.modulus, /^[0-9A-F]{512}$/);
      assert.strictEqual(cert.exponent, '0x10001');
      assert.strictEqual(cert.bits, 2048);
      assert(Buffer.isBuffer(cert.pubkey));
      assert.strictEqual(cert.pubkey.length, 294);
      assert.match(cert.valid_from, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
      assert.match(cert.valid_to, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d 21\d\d GMT$/);
      const der = pemToDer(k('agent1-cert.pem'));
      assert.deepStrictEqual(cert.raw, der);
      assert.strictEqual(cert.fingerprint, fp(der, 'sha1'));
      assert.strictEqual(cert.fingerprint256, fp(der, 'sha256'));
      assert.strictEqual(cert.fingerprint512, fp(der, 'sha512'));
      assert.deepStrictEqual(cert.ext_key_usage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
      assert.strictEqual(cert.serialNumber, '02');
      assert.strictEqual(cert.asn1Curve, undefined);
      assert.strictEqual('issuerCertificate' in cert, false);

      const detailed = c.getPeerCertificate(true);
      const ca = detailed.issuerCertificate;
      assert.strictEqual(ca.subject.CN, 'node4j test CA');
      assert.strictEqual(ca.ca, true);
      assert.strictEqual(ca.serialNumber, '01');
      assert.strictEqual(ca.issuerCertificate, ca);
    },
  });

  // a chain through an intermediate
  await connectTo({ key: k('leaf-key.pem'), cert: k('leaf-chain.pem') }, { ca: k('ca-cert.pem') }, {
    client(c) {
      const cert = c.getPeerCertificate(true);
      assert.strictEqual(cert.serialNumber, '05');
      assert.strictEqual(cert.issuerCertificate.subject.CN, 'node4j test intermediate');
      assert.strictEqual(cert.issuerCertificate.issuerCertificate.subject.CN, 'node4j test CA');
      const root = cert.issuerCertificate.issuerCertificate;
      assert.strictEqual(root.issuerCertificate, root);
    },
  });

  // EC keys, and the server's own certificate
  await connectTo({ key: k('ec-key.pem'), cert: k('ec-cert.pem') }, { ca: k('ca-cert.pem') }, {
    client(c) {
      const cert = c.getPeerCertificate();
      assert.strictEqual(cert.bits, 256);
      assert.strictEqual(cert.asn1Curve, 'prime256v1');
      assert.strictEqual(cert.nistCurve, 'P-256');
      assert.strictEqual(cert.modulus, undefined);
      assert.strictEqual(cert.exponent, undefined);
      assert.strictEqual(cert.pubkey.length, 65);
      assert.strictEqual(cert.pubkey[0], 4);
    },
    server(s) {
      assert.strictEqual(s.getCertificate().serialNumber, '03');
      assert.deepStrictEqual(s.getPeerCertificate(), {});
    },
  });

  // a trusted self-signed certificate is its own issuer
  await connectTo({ key: k('selfsigned-key.pem'), cert: k('selfsigned-cert.pem') }, { ca: k('selfsigned-cert.pem') }, {
    client(c) {
      const cert = c.getPeerCertificate(true);
      assert.strictEqual(cert.serialNumber, '06');
      const issuer = cert.issuerCertificate;
      assert.strictEqual(issuer.serialNumber, '06');
    },
  });
})().then(common.mustCall());
