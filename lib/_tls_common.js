'use strict';
// tls.SecureContext / createSecureContext: key material, CAs and protocol settings, held in
// Java (a JDK SSLContext behind it) and shared by every socket that uses the context.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  RegExpPrototypeExec,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
} = primordials;

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NODE4J_UNSUPPORTED,
    ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
  },
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');

let binding;
function tlsBinding() {
  return binding ??= internalBinding('tls_wrap');
}

const kVersions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

// An OpenSSL-style error ("CODE\0message" from Java) as Node throws it.
function throwOpenSsl(result) {
  if (result === null || result === undefined) return;
  const i = StringPrototypeIndexOf(result, '\u0000');
  const err = new Error(StringPrototypeSlice(result, i + 1));
  err.code = StringPrototypeSlice(result, 0, i);
  throw err;
}

function toLatin1(value, name) {
  if (typeof value === 'string') return Buffer.from(value).toString('latin1');
  if (isArrayBufferView(value)) {
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1');
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
}

function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function toVersion(value, which, def) {
  if (value === undefined || value === null) return def;
  if (typeof value !== 'string' || !ArrayPrototypeIncludes(kVersions, value)) {
    throw new ERR_TLS_INVALID_PROTOCOL_VERSION(value, which);
  }
  return value;
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  const tls = require('tls');
  if (secureProtocol) {
    if (minVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    if (maxVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
    const m = RegExpPrototypeExec(/^TLSv1(?:_(\d))?_method$/, secureProtocol);
    if (m !== null) {
      minVersion = maxVersion = m[1] ? `TLSv1.${m[1]}` : 'TLSv1';
    } else if (secureProtocol !== 'TLS_method' && secureProtocol !== 'SSLv23_method' &&
               secureProtocol !== 'TLS_client_method' && secureProtocol !== 'TLS_server_method') {
      const err = new TypeError(`Unknown method: ${secureProtocol}`);
      err.code = 'ERR_TLS_INVALID_PROTOCOL_METHOD';
      throw err;
    }
  }
  this.minVersion = toVersion(minVersion, 'minimum', tls.DEFAULT_MIN_VERSION);
  this.maxVersion = toVersion(maxVersion, 'maximum', tls.DEFAULT_MAX_VERSION);
  this.context = tlsBinding().createContext();
  this.context.setProtocols(this.minVersion, this.maxVersion);
}

function eachOf(value, fn) {
  if (ArrayIsArray(value)) {
    for (let i = 0; i < value.length; i++) fn(value[i]);
  } else {
    fn(value);
  }
}

function createSecureContext(options) {
  if (!options) options = { __proto__: null };
  const { secureProtocol, secureOptions, minVersion, maxVersion } = options;
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  const ctx = c.context;

  if (options.ca !== undefined && options.ca !== null) {
    eachOf(options.ca, (ca) => {
      validateKeyOrCertOption('ca', ca);
      throwOpenSsl(ctx.addCa(toLatin1(ca, 'options.ca')));
    });
  }
  if (options.cert !== undefined && options.cert !== null) {
    eachOf(options.cert, (cert) => {
      validateKeyOrCertOption('cert', cert);
      throwOpenSsl(ctx.addCert(toLatin1(cert, 'options.cert')));
    });
  }
  if (options.key !== undefined && options.key !== null) {
    eachOf(options.key, (key) => {
      let pem = key;
      let passphrase = options.passphrase;
      if (key !== null && typeof key === 'object' && !isArrayBufferView(key)) {
        pem = key.pem;
        passphrase = key.passphrase ?? options.passphrase;
        validateKeyOrCertOption('key.pem', pem);
      } else {
        validateKeyOrCertOption('key', key);
      }
      if (passphrase !== undefined && typeof passphrase !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('options.passphrase', 'string', passphrase);
      }
      throwOpenSsl(ctx.addKey(toLatin1(pem, 'options.key'), passphrase ?? null));
    });
  }
  if (options.pfx !== undefined && options.pfx !== null) {
    eachOf(options.pfx, (pfx) => {
      let buf = pfx;
      let passphrase = options.passphrase;
      if (pfx !== null && typeof pfx === 'object' && !isArrayBufferView(pfx)) {
        buf = pfx.buf;
        passphrase = pfx.passphrase ?? options.passphrase;
      }
      validateKeyOrCertOption('pfx', buf);
      throwOpenSsl(ctx.loadPkcs12(toLatin1(buf, 'options.pfx'), passphrase ?? null));
    });
  }
  throwOpenSsl(ctx.finish());

  const ciphers = options.ciphers;
  if (ciphers !== undefined && ciphers !== null) {
    if (typeof ciphers !== 'string') throw new ERR_INVALID_ARG_TYPE('options.ciphers', 'string', ciphers);
    // A list with OpenSSL keywords (HIGH, !aNULL, DEFAULT…, as tls.DEFAULT_CIPHERS has) keeps
    // the JDK's defaults; a list of suite names narrows them.
    const keyword = RegExpPrototypeExec(/(?:^|:)(?:[!+@-][^:]*|[A-Z0-9]+)(?:$|:)/, ciphers) !== null;
    if (!keyword && !ctx.setCiphers(ciphers)) {
      const err = new Error('error:0A0000B9:SSL routines::no cipher match');
      err.code = 'ERR_SSL_NO_CIPHER_MATCH';
      throw err;
    }
  }
  if (options.clientCertEngine !== undefined || options.privateKeyEngine !== undefined) {
    throw new ERR_NODE4J_UNSUPPORTED('tls.createSecureContext({ clientCertEngine/privateKeyEngine })');
  }
  if (options.crl !== undefined) throw new ERR_NODE4J_UNSUPPORTED('tls.createSecureContext({ crl })');
  if (options.sigalgs !== undefined) throw new ERR_NODE4J_UNSUPPORTED('tls.createSecureContext({ sigalgs })');
  if (options.dhparam !== undefined && options.dhparam !== 'auto') {
    throw new ERR_NODE4J_UNSUPPORTED('tls.createSecureContext({ dhparam })');
  }
  return c;
}

module.exports = {
  SecureContext,
  createSecureContext,
};
