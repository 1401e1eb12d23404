'use strict';
// tls: TLS sockets and servers (on Netty's SslHandler over the JDK's TLS), secure contexts,
// checkServerIdentity and the constants Node exposes.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSome,
  ObjectDefineProperty,
  ObjectFreeze,
  RegExpPrototypeExec,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
} = primordials;

const net = require('net');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NODE4J_UNSUPPORTED,
    ERR_TLS_CERT_ALTNAME_FORMAT,
    ERR_TLS_CERT_ALTNAME_INVALID,
  },
} = require('internal/errors');
const { validateOneOf, validateString } = require('internal/validators');
const { SecureContext, createSecureContext } = require('_tls_common');
const wrap = require('_tls_wrap');

let binding;
function tlsBinding() {
  return binding ??= internalBinding('tls_wrap');
}

let ciphers;
function getCiphers() {
  if (ciphers === undefined) {
    const list = tlsBinding().getCiphers();
    ciphers = [];
    for (let i = 0; i < list.length; i++) ArrayPrototypePush(ciphers, list[i]);
    // TLS 1.3 suites keep their IANA names, lower-cased as Node lists them
    ArrayPrototypePush(ciphers, 'tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256');
    ciphers = ciphers.filter((c, i, a) => a.indexOf(c) === i).sort();
  }
  return ciphers.slice();
}

let rootCertificates;
function roots() {
  if (rootCertificates === undefined) {
    const list = tlsBinding().rootCertificates();
    const out = [];
    for (let i = 0; i < list.length; i++) ArrayPrototypePush(out, list[i]);
    rootCertificates = ObjectFreeze(out);
  }
  return rootCertificates;
}

function getCACertificates(type = 'default') {
  validateString(type, 'type');
  validateOneOf(type, 'type', ['default', 'system', 'bundled', 'extra']);
  if (type === 'system') throw new ERR_NODE4J_UNSUPPORTED("tls.getCACertificates('system')");
  if (type === 'extra') {
    const file = process.env.NODE_EXTRA_CA_CERTS;
    if (!file) return [];
    const text = require('fs').readFileSync(file, 'latin1');
    return text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  }
  return [...roots()];
}

// "ALPN wire format": each name preceded by its length, into out.
function convertALPNProtocols(protocols, out) {
  if (ArrayIsArray(protocols)) {
    const parts = [];
    for (let i = 0; i < protocols.length; i++) {
      const p = Buffer.from(protocols[i]);
      if (p.length > 255) {
        const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
        throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index ' + `${i} exceeds the maximum length.`,
          '<= 255', p.length, true);
      }
      ArrayPrototypePush(parts, Buffer.from([p.length]), p);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

// ---- checkServerIdentity ----

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  return StringPrototypeSplit(StringPrototypeToLowerCase(unfqdn(host)), '.');
}

// Whether hostParts match a certificate name pattern (a leftmost "*" may stand for part of
// the first label, never for a public suffix, never in an IDNA label).
function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (ArrayPrototypeIncludes(patternParts, '')) return false;
  if (ArrayPrototypeSome(patternParts, (p) => RegExpPrototypeExec(/[^\u0021-\u007F]/u, p) !== null)) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = StringPrototypeSplit(patternSubdomain, '*');
  if (patternSubdomainParts.length === 1 || StringPrototypeIncludes(patternSubdomain, 'xn--')) {
    return hostSubdomain === patternSubdomain;
  }
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const prefix = patternSubdomainParts[0];
  const suffix = patternSubdomainParts[1];
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  if (!StringPrototypeStartsWith(hostSubdomain, prefix)) return false;
  if (!StringPrototypeEndsWith(hostSubdomain, suffix)) return false;
  return true;
}

// "DNS:a, DNS:\"b, c\"" — names with commas come quoted (JSON strings).
function splitEscapedAltNames(altNames) {
  const result = [];
  let currentToken = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(',', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      currentToken += StringPrototypeSlice(altNames, offset, nextQuote);
      const match = RegExpPrototypeExec(/^"((?:[^"\\]|\\.)*)"/, StringPrototypeSlice(altNames, nextQuote));
      if (!match) throw new ERR_TLS_CERT_ALTNAME_FORMAT();
      currentToken += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      currentToken += StringPrototypeSlice(altNames, offset, nextSep);
      ArrayPrototypePush(result, currentToken);
      currentToken = '';
      offset = nextSep + 2;
    } else {
      currentToken += StringPrototypeSlice(altNames, offset);
      offset = altNames.length;
    }
  }
  ArrayPrototypePush(result, currentToken);
  return result;
}

function canonicalizeIP(ip) {
  if (net.isIPv6(ip)) {
    const { URL } = require('internal/url');
    try {
      return new URL(`http://[${ip}]`).hostname.slice(1, -1);
    } catch {
      return ip;
    }
  }
  return ip;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    const names = StringPrototypeIncludes(altNames, '"') ? splitEscapedAltNames(altNames) :
      StringPrototypeSplit(altNames, ', ');
    for (const name of names) {
      if (StringPrototypeStartsWith(name, 'DNS:')) {
        ArrayPrototypePush(dnsNames, StringPrototypeSlice(name, 4));
      } else if (StringPrototypeStartsWith(name, 'IP Address:')) {
        ArrayPrototypePush(ips, canonicalizeIP(StringPrototypeSlice(name, 11)));
      }
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ArrayPrototypeIncludes(ips, canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ArrayPrototypeJoin(ips, ', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = ArrayPrototypeSome(dnsNames, wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (ArrayIsArray(cn)) valid = ArrayPrototypeSome(cn, wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
    'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
    '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers,
  getCertificateCompressionAlgorithms() {
    throw new ERR_NODE4J_UNSUPPORTED('tls.getCertificateCompressionAlgorithms');
  },
  rootCertificates: undefined,
  getCACertificates,
  setDefaultCACertificates() {
    throw new ERR_NODE4J_UNSUPPORTED('tls.setDefaultCACertificates');
  },
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket: wrap.TLSSocket,
  Server: wrap.Server,
  createServer: wrap.createServer,
  connect: wrap.connect,
};

ObjectDefineProperty(module.exports, 'rootCertificates', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  get: roots,
});
