'use strict';
// tls.TLSSocket, tls.Server and tls.connect. TLS runs in Java on the socket's own Netty
// channel (an SslHandler in front of the connection), so a TLSSocket is a net.Socket whose
// handle reads and writes plaintext; the handshake and later TLS failures come back as
// callbacks. The peer is verified after the handshake, in Node's terms (authorized,
// authorizationError, checkServerIdentity), as Node does.

const {
  ArrayIsArray,
  Boolean,
  FunctionPrototypeCall,
  JSONParse,
  ObjectAssign,
  ObjectSetPrototypeOf,
  Symbol,
} = primordials;

const net = require('net');
const { Buffer } = require('buffer');
const { kManualStart, kOnNewHandle, kInitHandle } = require('internal/net');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NODE4J_UNSUPPORTED,
    ERR_TLS_INVALID_CONTEXT,
    ERR_TLS_SNI_FROM_SERVER,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject, validateString } = require('internal/validators');
const { SecureContext, createSecureContext } = require('_tls_common');

const kTls = Symbol('tls');
const kWrapped = Symbol('wrappedSocket');
const kErrorEmitted = Symbol('errorEmitted');
const kConnectOptions = Symbol('connectOptions');
const kStarted = Symbol('tlsStarted');
const kPendingWrites = Symbol('pendingWrites');

let binding;
function tlsBinding() {
  return binding ??= internalBinding('tls_wrap');
}

// Node's default: 2 minutes for a client to finish its handshake.
const kDefaultHandshakeTimeout = 120 * 1000;

// ---- TLSSocket ----

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { __proto__: null, ...opts };
  if (tlsOptions.ALPNProtocols) tlsOptions.ALPNProtocols = alpnList(tlsOptions.ALPNProtocols);
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this[kTls] = null;
  this[kErrorEmitted] = false;
  this[kStarted] = false;
  this[kPendingWrites] = [];
  this.encrypted = true;

  let wrap = null;
  if (socket !== null && socket !== undefined) {
    if (!(socket instanceof net.Socket)) {
      throw new ERR_NODE4J_UNSUPPORTED('tls.TLSSocket over a stream that is not a net.Socket');
    }
    wrap = socket;
  }
  this[kWrapped] = wrap;
  FunctionPrototypeCall(net.Socket, this, {
    handle: wrap && !wrap.connecting ? wrap._handle : undefined,
    allowHalfOpen: wrap ? wrap.allowHalfOpen : tlsOptions.allowHalfOpen,
    manualStart: true, // reading starts when the user (or http) asks, after TLS is in place
    highWaterMark: tlsOptions.highWaterMark,
    signal: tlsOptions.signal,
  });
  this.server = tlsOptions.server ?? null;
  this.ssl = null;
  if (wrap) {
    this._parent = wrap;
    if (wrap.connecting) {
      this.connecting = true;
      wrap.once('connect', () => {
        this.connecting = false;
        this._handle = wrap._handle;
        this[kInitHandle]();
        this.emit('connect');
        this._start();
        if (this.readable && !this.isPaused()) this.read(0);
      });
      wrap.once('error', (err) => { if (!this.destroyed) this.destroy(err); });
    }
    // The wrapped socket ends with us (it no longer sees its handle's events).
    this.once('close', () => {
      wrap._handle = null;
      if (!wrap.destroyed) wrap.destroy();
    });
  }
  this[kOnNewHandle] = () => this._start();
  // A server-side socket's errors go to the server ('tlsClientError') until it is handed to
  // the user, and never crash the process, as in Node.
  if (tlsOptions.isServer) this.on('error', onServerSocketError);
}

function onServerSocketError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    if (this.server) this.server.emit('tlsClientError', err, this);
  }
}
ObjectSetPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
ObjectSetPrototypeOf(TLSSocket, net.Socket);

// Starts TLS on the current handle (once per handle).
TLSSocket.prototype._start = function _start() {
  const handle = this._handle;
  if (!handle || this[kStarted] === handle) return;
  this[kStarted] = handle;
  const o = this._tlsOptions;
  let context = o.secureContext;
  if (!context) context = o.secureContext = createSecureContext(o);
  if (!(context instanceof SecureContext) && !(context && context.context)) {
    throw new ERR_TLS_INVALID_CONTEXT('context');
  }
  const isServer = Boolean(o.isServer);
  const servername = isServer ? null : (this._servername ?? null);
  const tls = tlsBinding().wrap(handle, context.context, isServer, servername, o.ALPNProtocols ?? null,
    Boolean(o.requestCert), o.rejectUnauthorized !== false,
    isServer ? (o.handshakeTimeout ?? kDefaultHandshakeTimeout) : 0,
    (code, message) => onHandshake(this, code, message),
    (code, message) => this.destroy(tlsError(code, message)));
  if (typeof tls === 'string') {
    process.nextTick(() => this.destroy(new Error(tls)));
    return;
  }
  this[kTls] = tls;
  this.ssl = tls;
};

function tlsError(code, message) {
  const err = new Error(message);
  err.code = code;
  if (code === 'ECONNRESET') err.host = undefined;
  return err;
}

function onHandshake(socket, code, message) {
  if (socket.destroyed) return;
  if (code !== null && code !== undefined) {
    const err = tlsError(code, message);
    if (code === 'ECONNRESET' && !socket._tlsOptions.isServer) {
      const opts = socket[kConnectOptions];
      if (opts) {
        err.path = opts.path;
        err.host = opts.host;
        err.port = opts.port;
        err.localAddress = opts.localAddress;
      }
    }
    socket._emitTLSError(err);
    return;
  }
  const tls = socket[kTls];
  socket.secureConnecting = false;
  if (!socket._tlsOptions.isServer) socket.servername = socket._servername ?? false;
  socket._secureEstablished = true;
  socket.alpnProtocol = tls.alpn() ?? false;
  if (socket._tlsOptions.isServer) {
    socket.servername = tls.servername() ?? false;
    if (socket._tlsOptions.requestCert) {
      const verifyError = tls.verifyError();
      if (verifyError) {
        socket.authorizationError = verifyError;
        if (socket._tlsOptions.rejectUnauthorized !== false) {
          socket.destroy();
          return;
        }
      } else {
        socket.authorized = true;
      }
    }
    socket.emit('secure');
    socket._controlReleased = true;
    releaseWrites(socket);
    if (!socket.destroyed && socket.server) socket.server.emit('secureConnection', socket);
    return;
  }
  socket.emit('secure');
  onConnectSecure(socket);
}

function verifyErrorObject(tls, code) {
  let message = tls.verifyMessage(code);
  if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
      code === 'SELF_SIGNED_CERT_IN_CHAIN') {
    message += '; if the root CA is installed locally, try running Node.js with --use-system-ca';
  }
  const err = new Error(message);
  err.code = code;
  return err;
}

function onConnectSecure(socket) {
  const options = socket[kConnectOptions] || { __proto__: null };
  const tls = socket[kTls];
  let verifyError = null;
  const code = tls.verifyError();
  if (code) {
    verifyError = verifyErrorObject(tls, code);
  } else {
    const hostname = options.servername || options.host || (options.socket && options.socket._host) || 'localhost';
    const cert = socket.getPeerCertificate(true);
    const check = options.checkServerIdentity || require('tls').checkServerIdentity;
    verifyError = check(hostname, cert) ?? null;
  }
  if (verifyError) {
    socket.authorized = false;
    socket.authorizationError = verifyError.code || verifyError.message;
    if (options.rejectUnauthorized !== false) {
      socket.destroy(verifyError);
      return;
    }
    socket._controlReleased = true;
    releaseWrites(socket);
    socket.emit('secureConnect');
  } else {
    socket.authorized = true;
    socket._controlReleased = true;
    releaseWrites(socket);
    socket.emit('secureConnect');
  }
}

// Application data waits for the handshake *and* the peer's verification, as OpenSSL holds
// cleartext until then: nothing reaches a peer that is about to be rejected.
TLSSocket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  if (this[kPendingWrites] !== null && !this.destroyed) {
    this[kPendingWrites].push(() => this._writeGeneric(writev, data, encoding, cb), cb);
    return;
  }
  return FunctionPrototypeCall(net.Socket.prototype._writeGeneric, this, writev, data, encoding, cb);
};

TLSSocket.prototype._final = function _final(cb) {
  if (this[kPendingWrites] !== null && !this.destroyed) {
    this[kPendingWrites].push(() => this._final(cb), cb);
    return;
  }
  return FunctionPrototypeCall(net.Socket.prototype._final, this, cb);
};

function releaseWrites(socket) {
  const pending = socket[kPendingWrites];
  if (pending === null) return;
  socket[kPendingWrites] = null; // open from now on
  for (let i = 0; i < pending.length; i += 2) pending[i]();
}

function failWrites(socket) {
  const pending = socket[kPendingWrites];
  socket[kPendingWrites] = null;
  const { codes: { ERR_SOCKET_CLOSED } } = require('internal/errors');
  for (let i = 1; i < pending.length; i += 2) pending[i](new ERR_SOCKET_CLOSED());
}

TLSSocket.prototype._emitTLSError = function _emitTLSError(err) {
  if (this._tlsOptions.isServer && !this._controlReleased) {
    if (!this[kErrorEmitted]) {
      this[kErrorEmitted] = true;
      if (this.server) this.server.emit('tlsClientError', err, this);
    }
    this.destroy();
    return;
  }
  this.destroy(err);
};

TLSSocket.prototype._destroy = function _destroy(err, cb) {
  if (this[kTls]) this[kTls].close();
  if (this[kPendingWrites] !== null) failWrites(this);
  return FunctionPrototypeCall(net.Socket.prototype._destroy, this, err, cb);
};

TLSSocket.prototype._releaseControl = function _releaseControl() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  return true;
};

TLSSocket.prototype.setServername = function setServername(name) {
  validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this._servername = name;
};

function certObject(json) {
  const j = JSONParse(json);
  const nullProto = (o) => ObjectAssign({ __proto__: null }, o);
  return {
    subject: nullProto(j.subject),
    issuer: nullProto(j.issuer),
    subjectaltname: j.subjectaltname,
    infoAccess: undefined,
    ca: j.ca,
    modulus: j.modulus,
    exponent: j.exponent,
    pubkey: Buffer.from(j.pubkey, 'base64'),
    bits: j.bits,
    valid_from: j.valid_from,
    valid_to: j.valid_to,
    fingerprint: j.fingerprint,
    fingerprint256: j.fingerprint256,
    fingerprint512: j.fingerprint512,
    ext_key_usage: j.ext_key_usage,
    serialNumber: j.serialNumber,
    raw: Buffer.from(j.raw, 'base64'),
    asn1Curve: j.asn1Curve,
    nistCurve: j.nistCurve,
  };
}

TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
  const tls = this[kTls];
  if (!tls) return this.destroyed ? null : {};
  if (!this._secureEstablished) return {};
  const list = tls.peerCertificate(Boolean(detailed));
  if (list === null || list === undefined) return {};
  const certs = [];
  for (let i = 0; i < list.length; i++) certs[i] = certObject(list[i]);
  if (detailed) {
    for (let i = 0; i + 1 < certs.length; i++) certs[i].issuerCertificate = certs[i + 1];
    if (tls.chainEndsAtRoot()) {
      // a root issues itself; a trusted self-signed leaf is issued by its copy in the store
      let root = certs[certs.length - 1];
      if (certs.length === 1) root = root.issuerCertificate = certObject(list[0]);
      root.issuerCertificate = root;
    }
  }
  return certs[0];
};

TLSSocket.prototype.getCertificate = function getCertificate() {
  const tls = this[kTls];
  if (!tls || !this._secureEstablished) return null;
  const json = tls.localCertificate();
  return json ? certObject(json) : {};
};

TLSSocket.prototype.getProtocol = function getProtocol() {
  const tls = this[kTls];
  if (!tls || !this._secureEstablished) return null;
  return tls.protocol();
};

TLSSocket.prototype.getCipher = function getCipher() {
  const tls = this[kTls];
  if (!tls || !this._secureEstablished) return undefined;
  const c = tls.cipher();
  return { name: c[0], standardName: c[1], version: c[2] };
};

TLSSocket.prototype.isSessionReused = function isSessionReused() {
  // node4j does not resume TLS sessions: every handshake is a full one
  return false;
};

TLSSocket.prototype.getSession = function getSession() {
  return undefined;
};

TLSSocket.prototype.getTLSTicket = function getTLSTicket() {
  return undefined;
};

TLSSocket.prototype.getEphemeralKeyInfo = function getEphemeralKeyInfo() {
  if (this._tlsOptions.isServer) return {};
  return this._secureEstablished ? {} : null;
};

TLSSocket.prototype.getPeerX509Certificate = function() {
  throw new ERR_NODE4J_UNSUPPORTED('tlsSocket.getPeerX509Certificate');
};
TLSSocket.prototype.getX509Certificate = function() {
  throw new ERR_NODE4J_UNSUPPORTED('tlsSocket.getX509Certificate');
};
for (const name of ['setSession', 'renegotiate', 'exportKeyingMaterial', 'getFinished', 'getPeerFinished',
  'getSharedSigalgs', 'setMaxSendFragment', 'enableTrace', 'disableRenegotiation', 'setKeyCert']) {
  TLSSocket.prototype[name] = function() {
    throw new ERR_NODE4J_UNSUPPORTED(`tlsSocket.${name}`);
  };
}

// ---- ALPN ----

function alpnList(protocols) {
  if (ArrayIsArray(protocols)) {
    const out = [];
    for (let i = 0; i < protocols.length; i++) {
      const p = protocols[i];
      out[i] = typeof p === 'string' ? p : Buffer.from(p).toString('latin1');
    }
    return out;
  }
  const { isArrayBufferView } = require('internal/util/types');
  if (isArrayBufferView(protocols)) {
    // the wire format: length-prefixed names
    const b = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    const out = [];
    for (let i = 0; i < b.length;) {
      const n = b[i];
      out.push(b.toString('latin1', i + 1, i + 1 + n));
      i += 1 + n;
    }
    return out;
  }
  throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], protocols);
}

// ---- Server ----

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedContext,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this[kHandshakeTimeout],
    ALPNProtocols: this.ALPNProtocols,
    highWaterMark: this.highWaterMark,
  });
  socket._start();
}

const kHandshakeTimeout = Symbol('handshakeTimeout');

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = { __proto__: null };
  } else if (options == null || typeof options === 'object') {
    options = options ?? { __proto__: null };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.ALPNProtocols) this.ALPNProtocols = alpnList(options.ALPNProtocols);
  if (options.ALPNCallback !== undefined) throw new ERR_NODE4J_UNSUPPORTED('tls.createServer({ ALPNCallback })');
  if (options.SNICallback !== undefined) throw new ERR_NODE4J_UNSUPPORTED('tls.createServer({ SNICallback })');
  if (options.pskCallback !== undefined) throw new ERR_NODE4J_UNSUPPORTED('tls.createServer({ pskCallback })');
  const timeout = options.handshakeTimeout ?? kDefaultHandshakeTimeout;
  validateNumber(timeout, 'options.handshakeTimeout');
  this[kHandshakeTimeout] = timeout;
  this.setSecureContext(options);
  FunctionPrototypeCall(net.Server, this, options, tlsConnectionListener);
  this[kManualStart] = true;
  if (listener) this.on('secureConnection', listener);
}
ObjectSetPrototypeOf(Server.prototype, net.Server.prototype);
ObjectSetPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function setSecureContext(options) {
  validateObject(options, 'options');
  this._sharedContext = createSecureContext(options);
};

Server.prototype.addContext = function addContext() {
  throw new ERR_NODE4J_UNSUPPORTED('tlsServer.addContext');
};

Server.prototype.setTicketKeys = function setTicketKeys() {
  throw new ERR_NODE4J_UNSUPPORTED('tlsServer.setTicketKeys');
};

Server.prototype.getTicketKeys = function getTicketKeys() {
  throw new ERR_NODE4J_UNSUPPORTED('tlsServer.getTicketKeys');
};

function createServer(options, listener) {
  return new Server(options, listener);
}

// ---- connect ----

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    ObjectAssign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    ObjectAssign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

let warnedInsecure = false;
let warnedIpServername = false;

function allowUnauthorized() {
  const allow = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allow && !warnedInsecure) {
    warnedInsecure = true;
    process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS " +
      'connections and HTTPS requests insecure by disabling certificate verification.');
  }
  return allow;
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const tls = require('tls');
  options = {
    rejectUnauthorized: !allowUnauthorized(),
    ciphers: tls.DEFAULT_CIPHERS,
    checkServerIdentity: tls.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  const context = options.secureContext || createSecureContext(options);
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    ALPNProtocols: options.ALPNProtocols,
    highWaterMark: options.highWaterMark,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  if (options.servername) {
    if (!warnedIpServername && net.isIP(options.servername)) {
      warnedIpServername = true;
      process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by RFC 6066. ' +
        'This will be ignored in a future version.', 'DeprecationWarning', 'DEP0123');
    }
    tlssock.setServername(options.servername);
  } else if (options.host && !net.isIP(options.host)) {
    tlssock._servername = options.host;
  }
  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options);
  } else if (!options.socket.connecting) {
    tlssock._start();
  }
  tlssock.prependListener('end', onConnectEnd);
  return tlssock;
}

function onConnectEnd() {
  if (!this._secureEstablished) {
    const options = this[kConnectOptions] || {};
    const err = new Error('Client network socket disconnected before secure TLS connection was established');
    err.code = 'ECONNRESET';
    err.path = options.path;
    err.host = options.host;
    err.port = options.port;
    err.localAddress = options.localAddress;
    this.destroy(err);
  }
}

module.exports = {
  TLSSocket,
  Server,
  createServer,
  connect,
  alpnList,
};
