'use strict';
// X509Certificate on a CA and a leaf certificate (made with OpenSSL: EC CA, RSA leaf with DNS,
// IP, email and URI alt names, AIA, extended key usage): every field, the host/email/IP checks,
// verify/checkIssued/checkPrivateKey, toLegacyObject and inspect print what reference Node 24
// prints (test-crypto-x509.out was recorded with Node).
require('../../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const util = require('util');
const { X509Certificate, createPrivateKey } = require('crypto');

const fixtures = path.join(__dirname, 'fixtures');
const leaf = new X509Certificate(fs.readFileSync(path.join(fixtures, 'x509-leaf.pem')));
const ca = new X509Certificate(fs.readFileSync(path.join(fixtures, 'x509-ca.pem'), 'latin1'));
const leafKey = createPrivateKey(fs.readFileSync(path.join(fixtures, 'x509-leaf-key.pem')));

for (const c of [leaf, ca]) {
  for (const k of ['subject', 'issuer', 'subjectAltName', 'infoAccess', 'validFrom', 'validTo', 'validFromDate',
    'validToDate', 'fingerprint', 'fingerprint256', 'fingerprint512', 'serialNumber', 'keyUsage', 'ca',
    'signatureAlgorithm', 'signatureAlgorithmOid', 'issuerCertificate']) {
    console.log(k, JSON.stringify(c[k]));
  }
  console.log('publicKey', c.publicKey.asymmetricKeyType, c.publicKey.type);
  console.log(c.checkHost('www.example.com'), c.checkHost('a.example.org'), c.checkHost('example.org'),
              c.checkHost('a.b.example.org'), c.checkHost('nope.com'), c.checkHost('WWW.EXAMPLE.COM'),
              c.checkHost('www.example.com', { subject: 'never' }), c.checkHost('a.example.org', { wildcards: false }));
  console.log(c.checkEmail('admin@example.com'), c.checkEmail('admin@EXAMPLE.com'), c.checkEmail('x@example.com'),
              c.checkIP('127.0.0.1'), c.checkIP('::1'), c.checkIP('0:0::1'), c.checkIP('10.0.0.1'));
  console.log(c.verify(ca.publicKey), c.verify(leaf.publicKey), c.checkIssued(ca), c.checkIssued(leaf),
              c.checkPrivateKey(leafKey));
  const legacy = c.toLegacyObject();
  console.log(util.inspect({ ...legacy, raw: legacy.raw.length, pubkey: legacy.pubkey.toString('hex') },
                           { breakLength: 120 }));
  console.log(c.toString() === c.toJSON(), c.raw.length, Object.keys(c));
  console.log(util.inspect(c));
  // the PEM form parses back to the same certificate, and so does the DER
  assert.strictEqual(new X509Certificate(c.toString()).fingerprint256, c.fingerprint256);
  assert.strictEqual(new X509Certificate(c.raw).serialNumber, c.serialNumber);
}
console.log(Object.getOwnPropertyNames(X509Certificate.prototype).join(','));

for (const bad of ['garbage', Buffer.from('3003020100', 'hex'),
  '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n']) {
  assert.throws(() => new X509Certificate(bad), (e) => {
    console.log(e.name, e.code, e.message, e.library, e.reason);
    return true;
  });
}
assert.throws(() => new X509Certificate(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => leaf.checkIP('not-an-ip'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => leaf.checkHost('x', { subject: 'sometimes' }), { code: 'ERR_INVALID_ARG_VALUE' });
