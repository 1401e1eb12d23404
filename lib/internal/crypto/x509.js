'use strict';
// X509Certificate over the JDK's CertificateFactory (org.node4j.crypto.X509Info), with Node's
// text forms for names, alt names, dates and fingerprints. Host, email and IP checks follow
// OpenSSL's X509_check_host/email/ip on the subjectAltName entries (and the subject when allowed).

const {
  ArrayPrototypePush,
  Date,
  ObjectDefineProperty,
  RegExpPrototypeExec,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  StringPrototypeEndsWith,
  StringPrototypeToUpperCase,
  Symbol,
  SymbolFor,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validateOneOf, validateString, validateBoolean } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { abOf, bufferFrom, fromJava, lazyBinding, lenOf, offOf, opensslError } = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kCache = Symbol('kCache');

function derOf(buffer) {
  if (typeof buffer !== 'string' && !isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const text = typeof buffer === 'string' ? buffer :
    bufferFrom(new Uint8Array(abOf(buffer), offOf(buffer), lenOf(buffer))).toString('latin1');
  const m = RegExpPrototypeExec(/-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([^-]*)-----END/, text);
  if (m !== null) return { der: bufferFrom(m[1], 'base64'), pem: true };
  return { der: typeof buffer === 'string' ? bufferFrom(buffer) : buffer, pem: false };
}

class X509Certificate {
  constructor(buffer) {
    const { der, pem } = derOf(buffer);
    const r = lazyBinding().parseX509(abOf(der), offOf(der), lenOf(der));
    if (typeof r === 'string') throw opensslError(pem ? 'wrong tag' : 'no start line', false);
    ObjectDefineProperty(this, kHandle, { __proto__: null, value: r });
    ObjectDefineProperty(this, kCache, { __proto__: null, value: { __proto__: null } });
  }

  get subject() { return field(this, 'subject'); }
  get subjectAltName() { return field(this, 'subjectAltName'); }
  get issuer() { return field(this, 'issuer'); }
  get issuerCertificate() { return undefined; }
  get infoAccess() { return field(this, 'infoAccess'); }
  get validFrom() { return field(this, 'validFrom'); }
  get validTo() { return field(this, 'validTo'); }
  get validFromDate() { return new Date(+field(this, 'validFromMs')); }
  get validToDate() { return new Date(+field(this, 'validToMs')); }
  get fingerprint() { return field(this, 'fingerprint'); }
  get fingerprint256() { return field(this, 'fingerprint256'); }
  get fingerprint512() { return field(this, 'fingerprint512'); }
  get keyUsage() {
    const v = field(this, 'keyUsage');
    return v === undefined ? undefined : StringPrototypeSplit(v, '\n');
  }
  get serialNumber() { return field(this, 'serialNumber'); }
  get signatureAlgorithm() { return field(this, 'signatureAlgorithm'); }
  get signatureAlgorithmOid() { return field(this, 'signatureAlgorithmOid'); }
  get raw() {
    return fromJava(this[kHandle].raw());
  }

  get publicKey() {
    const { PublicKeyObject } = require('internal/crypto/keys');
    return new PublicKeyObject(this[kHandle].publicKey());
  }

  toString() {
    const b64 = this.raw.toString('base64');
    let body = '';
    for (let i = 0; i < b64.length; i += 64) body += `${StringPrototypeSlice(b64, i, i + 64)}\n`;
    return `-----BEGIN CERTIFICATE-----\n${body}-----END CERTIFICATE-----\n`;
  }

  toJSON() {
    return this.toString();
  }

  get ca() { return field(this, 'ca') === 'true'; }

  checkHost(name, options) {
    validateString(name, 'name');
    const opts = checkOptions(options);
    const host = StringPrototypeToLowerCase(name);
    const dns = altNames(this, 'DNS:');
    for (const d of dns) if (hostMatches(StringPrototypeToLowerCase(d), host, opts)) return d;
    if (opts.subject === 'always' || (opts.subject === 'default' && dns.length === 0)) {
      for (const cn of nameValues(this.subject, 'CN')) {
        if (hostMatches(StringPrototypeToLowerCase(cn), host, opts)) return cn;
      }
    }
    return undefined;
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const opts = checkOptions(options);
    const emails = altNames(this, 'email:');
    for (const e of emails) if (emailMatches(e, email)) return email;
    if (opts.subject === 'always' || (opts.subject === 'default' && emails.length === 0)) {
      for (const e of nameValues(this.subject, 'emailAddress')) if (emailMatches(e, email)) return email;
    }
    return undefined;
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const { isIP } = require('internal/net');
    const family = isIP(ip);
    if (family === 0) throw new ERR_INVALID_ARG_VALUE('ip', ip);
    const want = normalizeIp(ip, family);
    for (const a of altNames(this, 'IP Address:')) {
      if (isIP(a) === family && normalizeIp(a, family) === want) return ip;
    }
    return undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return this[kHandle].issuedBy(otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    const { KeyObject, createPublicKey } = require('internal/crypto/keys');
    if (!(pkey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return createPublicKey(pkey).equals(this.publicKey);
  }

  verify(pkey) {
    const { KeyObject, asymmetricHandle } = require('internal/crypto/keys');
    if (!(pkey instanceof KeyObject)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kHandle].verify(asymmetricHandle(pkey, false));
  }

  toLegacyObject() {
    const key = this.publicKey;
    const type = key.asymmetricKeyType;
    const jwk = key.export({ format: 'jwk' });
    const rsa = type === 'rsa' || type === 'rsa-pss';
    const info = this.infoAccess;
    let infoAccess;
    if (info !== undefined) {
      infoAccess = { __proto__: null };
      for (const line of StringPrototypeSplit(info, '\n')) {
        const i = StringPrototypeIndexOf(line, ':', StringPrototypeIndexOf(line, ' - ') + 3);
        const k = StringPrototypeSlice(line, 0, i);
        ArrayPrototypePush(infoAccess[k] ??= [], StringPrototypeSlice(line, i + 1));
      }
    }
    const curve = type === 'ec' ? key.asymmetricKeyDetails.namedCurve : undefined;
    return {
      subject: nameObject(this.subject),
      issuer: nameObject(this.issuer),
      subjectaltname: this.subjectAltName,
      infoAccess,
      ca: this.ca,
      modulus: rsa ? StringPrototypeToUpperCase(bufferFrom(jwk.n, 'base64url').toString('hex')) : undefined,
      exponent: rsa ? `0x${key.asymmetricKeyDetails.publicExponent.toString(16)}` : undefined,
      pubkey: rsa ? key.export({ format: 'der', type: 'spki' }) :
        type === 'ec' ? bufferFrom(`04${bufferFrom(jwk.x, 'base64url').toString('hex')}` +
                                   `${bufferFrom(jwk.y, 'base64url').toString('hex')}`, 'hex') : undefined,
      bits: rsa ? key.asymmetricKeyDetails.modulusLength :
        type === 'ec' ? kCurveBits[curve] : undefined,
      valid_from: this.validFrom,
      valid_to: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      ext_key_usage: this.keyUsage,
      serialNumber: this.serialNumber,
      raw: this.raw,
      asn1Curve: curve,
      nistCurve: curve === undefined ? undefined : kNistNames[curve],
    };
  }

  [SymbolFor('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      validFromDate: this.validFromDate,
      validToDate: this.validToDate,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
      signatureAlgorithm: this.signatureAlgorithm,
      signatureAlgorithmOid: this.signatureAlgorithmOid,
    }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

const kCurveBits = { __proto__: null, prime256v1: 256, secp384r1: 384, secp521r1: 521 };
const kNistNames = { __proto__: null, prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

function field(cert, name) {
  const cache = cert[kCache];
  if (!(name in cache)) cache[name] = cert[kHandle].field(name) ?? undefined;
  return cache[name];
}

function altNames(cert, prefix) {
  const san = cert.subjectAltName;
  const out = [];
  if (san === undefined) return out;
  for (const entry of StringPrototypeSplit(san, ', ')) {
    if (StringPrototypeStartsWith(entry, prefix)) ArrayPrototypePush(out, StringPrototypeSlice(entry, prefix.length));
  }
  return out;
}

function nameValues(name, key) {
  const out = [];
  for (const line of StringPrototypeSplit(name, '\n')) {
    if (StringPrototypeStartsWith(line, `${key}=`)) ArrayPrototypePush(out, StringPrototypeSlice(line, key.length + 1));
  }
  return out;
}

function nameObject(name) {
  const obj = { __proto__: null };
  for (const line of StringPrototypeSplit(name, '\n')) {
    const eq = StringPrototypeIndexOf(line, '=');
    const k = StringPrototypeSlice(line, 0, eq);
    const v = StringPrototypeSlice(line, eq + 1);
    if (k in obj) {
      if (typeof obj[k] === 'string') obj[k] = [obj[k]];
      ArrayPrototypePush(obj[k], v);
    } else {
      obj[k] = v;
    }
  }
  return obj;
}

function checkOptions(options) {
  if (options === undefined) {
    return { subject: 'default', wildcards: true, partialWildcards: true, multiLabelWildcards: false,
             singleLabelSubdomains: false };
  }
  validateObject(options, 'options');
  const { subject = 'default', wildcards = true, partialWildcards = true, multiLabelWildcards = false,
          singleLabelSubdomains = false } = options;
  validateOneOf(subject, 'options.subject', ['default', 'always', 'never']);
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  return { subject, wildcards, partialWildcards, multiLabelWildcards, singleLabelSubdomains };
}

// OpenSSL's rules: a wildcard only in the leftmost label, never at the top two levels.
function hostMatches(pattern, host, opts) {
  if (pattern === host) return true;
  if (!opts.wildcards) return false;
  const dot = StringPrototypeIndexOf(pattern, '.');
  if (dot <= 0) return false;
  const first = StringPrototypeSlice(pattern, 0, dot);
  const star = StringPrototypeIndexOf(first, '*');
  if (star < 0 || StringPrototypeIncludes(StringPrototypeSlice(first, star + 1), '*')) return false;
  const rest = StringPrototypeSlice(pattern, dot);
  if (!StringPrototypeIncludes(StringPrototypeSlice(rest, 1), '.')) return false;
  if (first !== '*' && !opts.partialWildcards) return false;
  if (!StringPrototypeEndsWith(host, rest)) return false;
  const label = StringPrototypeSlice(host, 0, host.length - rest.length);
  if (label.length === 0 || (!opts.multiLabelWildcards && StringPrototypeIncludes(label, '.'))) return false;
  const prefix = StringPrototypeSlice(first, 0, star);
  const suffix = StringPrototypeSlice(first, star + 1);
  return label.length >= prefix.length + suffix.length && StringPrototypeStartsWith(label, prefix) &&
    StringPrototypeEndsWith(label, suffix);
}

// Local parts compare exactly, domains case-insensitively.
function emailMatches(a, b) {
  const i = StringPrototypeIndexOf(a, '@');
  const j = StringPrototypeIndexOf(b, '@');
  if (i < 0 || j < 0) return a === b;
  return StringPrototypeSlice(a, 0, i) === StringPrototypeSlice(b, 0, j) &&
    StringPrototypeToLowerCase(StringPrototypeSlice(a, i)) === StringPrototypeToLowerCase(StringPrototypeSlice(b, j));
}

function normalizeIp(ip, family) {
  if (family === 4) return ip;
  // expand :: and drop leading zeros so that equal IPv6 addresses compare equal
  let [head, tail] = StringPrototypeSplit(StringPrototypeToLowerCase(ip), '::');
  const h = head ? StringPrototypeSplit(head, ':') : [];
  const t = tail !== undefined && tail !== '' ? StringPrototypeSplit(tail, ':') : [];
  const groups = [...h];
  if (tail !== undefined) for (let i = h.length + t.length; i < 8; i++) ArrayPrototypePush(groups, '0');
  for (const g of t) ArrayPrototypePush(groups, g);
  let s = '';
  for (let i = 0; i < groups.length; i++) s += `${i ? ':' : ''}${(+`0x${groups[i]}`).toString(16)}`;
  return s;
}

module.exports = { X509Certificate };
