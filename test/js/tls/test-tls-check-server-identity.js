'use strict';
// tls.checkServerIdentity: DNS alt names with wildcards, IP alt names, CN only without DNS
// alt names, and the error Node returns (not throws) on a mismatch.
require('../../common');
const assert = require('assert');
const tls = require('tls');

const ok = [
  ['a.com', { subject: { CN: 'a.com' } }],
  ['A.COM', { subject: { CN: 'a.com' } }],
  ['a.com.', { subject: { CN: 'a.com' } }],
  ['b.a.com', { subjectaltname: 'DNS:*.a.com', subject: {} }],
  ['foo.b.a.com', { subjectaltname: 'DNS:f*.b.a.com', subject: {} }],
  ['bar.a.com', { subjectaltname: 'DNS:*r.a.com', subject: {} }],
  ['a.com', { subjectaltname: 'DNS:x.com, DNS:a.com', subject: { CN: 'x.com' } }],
  ['127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1', subject: {} }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1', subject: {} }],
  ['xn--bcher-kva.example', { subjectaltname: 'DNS:xn--bcher-kva.example', subject: {} }],
  ['a.com', { subject: { CN: ['b.com', 'a.com'] } }],
];
for (const [host, cert] of ok) {
  assert.strictEqual(tls.checkServerIdentity(host, cert), undefined, `${host} ${JSON.stringify(cert)}`);
}

const bad = [
  ['a.com', { subject: { CN: 'b.com' } }, "Host: a.com. is not cert's CN: b.com"],
  ['a.com', { subjectaltname: 'DNS:b.com', subject: { CN: 'a.com' } },
    "Host: a.com. is not in the cert's altnames: DNS:b.com"],
  ['a.b.a.com', { subjectaltname: 'DNS:*.a.com', subject: {} },
    "Host: a.b.a.com. is not in the cert's altnames: DNS:*.a.com"],
  ['a.com', { subjectaltname: 'DNS:*.com', subject: {} }, "Host: a.com. is not in the cert's altnames: DNS:*.com"],
  ['a.com', { subjectaltname: 'DNS:*', subject: {} }, "Host: a.com. is not in the cert's altnames: DNS:*"],
  ['b.a.com', { subjectaltname: 'DNS:*b*.a.com', subject: {} },
    "Host: b.a.com. is not in the cert's altnames: DNS:*b*.a.com"],
  ['xn--bcher-kva.example', { subjectaltname: 'DNS:*.example', subject: {} },
    "Host: xn--bcher-kva.example. is not in the cert's altnames: DNS:*.example"],
  ['127.0.0.2', { subjectaltname: 'IP Address:127.0.0.1, DNS:a.com', subject: {} },
    "IP: 127.0.0.2 is not in the cert's list: 127.0.0.1"],
  ['127.0.0.1', { subject: { CN: '127.0.0.1' } }, "IP: 127.0.0.1 is not in the cert's list: "],
  ['a.com', { subject: {} }, 'Cert does not contain a DNS name'],
  ['a.com', { subjectaltname: 'URI:http://a.com/', subject: {} }, 'Cert does not contain a DNS name'],
];
for (const [host, cert, reason] of bad) {
  const err = tls.checkServerIdentity(host, cert);
  assert(err instanceof Error, `${host} ${JSON.stringify(cert)}`);
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(err.reason, reason);
  assert.strictEqual(err.message, `Hostname/IP does not match certificate's altnames: ${reason}`);
  assert.strictEqual(err.host, host.replace(/\.$/, ''));
  assert.strictEqual(err.cert, cert);
}

// Quoted names may hold commas
assert.strictEqual(tls.checkServerIdentity('a.com', { subjectaltname: 'DNS:"x, y", DNS:a.com', subject: {} }),
  undefined);
