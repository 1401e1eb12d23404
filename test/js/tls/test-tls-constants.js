'use strict';
// What tls exposes besides sockets: version defaults, cipher lists, root certificates,
// convertALPNProtocols, and the validation of createSecureContext's options.
require('../../common');
const assert = require('assert');
const tls = require('tls');

assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
assert.strictEqual(tls.CLIENT_RENEG_LIMIT, 3);
assert.strictEqual(tls.CLIENT_RENEG_WINDOW, 600);
assert.match(tls.DEFAULT_CIPHERS, /^TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:/);

const ciphers = tls.getCiphers();
assert(Array.isArray(ciphers));
for (const c of ['tls_aes_256_gcm_sha384', 'tls_aes_128_gcm_sha256', 'ecdhe-rsa-aes128-gcm-sha256',
  'ecdhe-ecdsa-aes256-gcm-sha384']) {
  assert(ciphers.includes(c), c);
}
assert.deepStrictEqual(ciphers, [...ciphers].sort());
assert.notStrictEqual(tls.getCiphers(), ciphers); // a copy each time

const roots = tls.rootCertificates;
assert(Array.isArray(roots));
assert(Object.isFrozen(roots));
assert(roots.length > 50);
assert.strictEqual(tls.rootCertificates, roots);
for (const pem of roots) assert.match(pem, /^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----$/);
assert.throws(() => { 'use strict'; tls.rootCertificates = []; }, TypeError);

const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
assert.deepStrictEqual(out.ALPNProtocols, Buffer.from('\x02h2\x08http/1.1', 'latin1'));

assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv0' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION',
  name: 'TypeError',
  message: '"TLSv0" is not a valid minimum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ maxVersion: 'x' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION',
  message: '"x" is not a valid maximum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' }), {
  code: 'ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  message: 'TLS protocol version "TLSv1.2" conflicts with secureProtocol "TLSv1_2_method"',
});
assert.throws(() => tls.createSecureContext({ secureProtocol: 'nope' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_METHOD',
  message: 'Unknown method: nope',
});
assert.throws(() => tls.createSecureContext({ key: 42 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.createSecureContext({ cert: true }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.createSecureContext({ ca: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.createSecureContext({ ciphers: 'NOPE-NOPE' }), {
  code: 'ERR_SSL_NO_CIPHER_MATCH',
  message: /no cipher match/,
});
const ctx = tls.createSecureContext();
assert(ctx instanceof tls.SecureContext);
assert(ctx.context);

// A TLSSocket before any connection
const s = new tls.TLSSocket();
assert.strictEqual(s.encrypted, true);
assert.strictEqual(s.authorized, false);
assert.strictEqual(s.authorizationError, null);
assert.strictEqual(s.servername, null);
assert.strictEqual(s.alpnProtocol, null);
assert.strictEqual(s.isSessionReused(), false);
s.destroy();
