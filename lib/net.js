'use strict';
// net: TCP and Unix domain sockets over tcp_wrap / pipe_wrap (Netty underneath). A Socket is a
// Duplex whose reads start and stop with the stream's demand (the I/O thread stops reading
// the kernel when JS is behind: real backpressure); a Server hands each connection over as a
// Socket. Names resolve through dns.lookup before anything reaches Java.

const {
  AggregateError,
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  Boolean,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  Number,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Promise,
  Symbol,
  SymbolAsyncDispose,
} = primordials;

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
    ERR_IP_BLOCKED,
    ERR_NODE4J_UNSUPPORTED,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  },
  errnoException,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');
const { isIP, isIPv4, isIPv6, kManualStart, kOnNewHandle, kInitHandle } = require('internal/net');
const { uvExceptionWithHostPort, exceptionWithHostPort } = require('internal/net_errors');
const { getDefaultHighWaterMark } = require('internal/streams/state');

const UV_EOF = -4095;
const kTimeout = Symbol('timeout');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kReading = Symbol('kReading');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kPipe = Symbol('kPipe');
const kExclusive = Symbol('kExclusive');
const kIpv6Only = Symbol('kIpv6Only');
const kBlockList = Symbol('kBlockList');
const normalizedArgsSymbol = Symbol('normalizedArgs');

let tcp;
let pipe;
function wrap(isPipe) {
  if (isPipe) return pipe ??= internalBinding('pipe_wrap');
  return tcp ??= internalBinding('tcp_wrap');
}

let dns;
function lazyDns() {
  return dns ??= require('dns');
}

let timers;
function lazyTimers() {
  return timers ??= require('timers');
}

function noop() {}

function validateBlockList(value, name) {
  if (!require('internal/blocklist').BlockList.isBlockList(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'net.BlockList', value);
  }
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// (options[, cb]) | (port[, host][, cb]) | (path[, cb]) -> [options, cb]
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb !== 'function' ? [options, null] : [options, cb];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

// ---- Socket ----

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.fd !== undefined) throw new ERR_NODE4J_UNSUPPORTED('net.Socket({ fd })');
  if (options.onread !== undefined) throw new ERR_NODE4J_UNSUPPORTED('net.Socket({ onread })');

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kTimeout] = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kReading] = false;
  this[kPipe] = false;
  this._pendingData = null;
  this._pendingEncoding = '';
  this._peername = null;
  this._sockname = null;
  this.server = null;
  this._server = null;

  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  // For backwards compatibility Node emits 'close' itself, with hadError, once the handle closed.
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  FunctionPrototypeCall(Duplex, this, options);

  if (options.handle) {
    this._handle = options.handle;
    this[kPipe] = Boolean(options[kPipe]);
    initHandle(this);
  }
  this.on('end', onReadableStreamEnd);

  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) addClientAbortSignal(this, options.signal);
}
ObjectSetPrototypeOf(Socket.prototype, Duplex.prototype);
ObjectSetPrototypeOf(Socket, Duplex);

function addClientAbortSignal(socket, signal) {
  validateAbortSignal(signal, 'options.signal');
  const { AbortError } = require('internal/errors');
  const onAbort = () => socket.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) process.nextTick(onAbort);
  else {
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function initHandle(socket) {
  socket._handle.setOnRead((ab, nread, syscall) => onStreamRead(socket, ab, nread, syscall));
}

Socket.prototype[kInitHandle] = function() {
  initHandle(this);
};

function onStreamRead(socket, ab, nread, syscall) {
  if (nread > 0) {
    socket._unrefTimer();
    if (!socket.push(Buffer.from(new ArrayBuffer(ab))) && socket._handle && socket[kReading]) {
      socket[kReading] = false;
      socket._handle.readStop();
    }
    return;
  }
  if (nread === UV_EOF) {
    if (socket.readableEnded) return;
    socket.push(null);
    socket.read(0);
    return;
  }
  socket.destroy(errnoException(nread, syscall || 'read'));
}

// Node's rule for allowHalfOpen: false — once the peer ended, writing is an error; the
// Duplex ends our side.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return FunctionPrototypeCall(Duplex.prototype.write, this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function tryReadStart(socket) {
  socket[kReading] = true;
  socket._handle.readStart();
}

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this[kReading]) {
    tryReadStart(this);
  }
};

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

Socket.prototype.setTimeout = function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = require('internal/timers').getTimerDuration(msecs, 'msecs');
  const t = lazyTimers();
  if (this[kTimeout]) t.clearTimeout(this[kTimeout]);
  this[kTimeout] = null;
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    // An idle timer does not keep the process alive, as in Node.
    this[kTimeout] = t.setTimeout(FunctionPrototypeBind(this._onTimeout, this), msecs);
    this[kTimeout].unref();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function() {
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function(enable) {
  const newValue = enable === undefined ? true : !!enable;
  if (!this._handle) {
    this[kSetNoDelay] = newValue;
    return this;
  }
  if (newValue !== this[kSetNoDelay]) {
    this[kSetNoDelay] = newValue;
    this._handle.setNoDelay(newValue);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.setTypeOfService = function() {
  throw new ERR_NODE4J_UNSUPPORTED('socket.setTypeOfService');
};

Socket.prototype.getTypeOfService = function() {
  throw new ERR_NODE4J_UNSUPPORTED('socket.getTypeOfService');
};

Socket.prototype.address = function() {
  return this._getsockname();
};

ObjectDefineProperty(Socket.prototype, '_connecting', {
  __proto__: null,
  get() { return this.connecting; },
});

ObjectDefineProperty(Socket.prototype, 'pending', {
  __proto__: null,
  get() { return !this._handle || this.connecting; },
  configurable: true,
});

ObjectDefineProperty(Socket.prototype, 'readyState', {
  __proto__: null,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

ObjectDefineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null,
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
});

ObjectDefineProperty(Socket.prototype, 'bytesRead', {
  __proto__: null,
  get() { return this._handle ? this._handle.bytesRead() : this[kBytesRead]; },
});

ObjectDefineProperty(Socket.prototype, '_bytesDispatched', {
  __proto__: null,
  get() { return this._handle ? this._handle.bytesWritten() : this[kBytesWritten]; },
});

ObjectDefineProperty(Socket.prototype, 'bytesWritten', {
  __proto__: null,
  get() {
    let bytes = this._bytesDispatched;
    const data = this._pendingData;
    const encoding = this._pendingEncoding;
    const writableBuffer = this.writableBuffer;
    if (!writableBuffer) return undefined;
    for (const el of writableBuffer) {
      bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
    }
    if (ArrayIsArray(data)) {
      for (let i = 0; i < data.length; i++) {
        const chunk = data[i];
        if (chunk instanceof Buffer) bytes += chunk.length;
        else if (chunk.chunk instanceof Buffer) bytes += chunk.chunk.length;
        else bytes += Buffer.byteLength(chunk.chunk, chunk.encoding);
      }
    } else if (data) {
      bytes += typeof data !== 'string' ? data.length : Buffer.byteLength(data, encoding);
    }
    return bytes;
  },
});

function addressOf(sockname) {
  if (sockname == null) return null;
  if (typeof sockname === 'string') return sockname;
  return { address: sockname[0], family: sockname[1], port: sockname[2] };
}

Socket.prototype._getpeername = function() {
  if (!this._handle || this.connecting) return this._peername || {};
  if (!this._peername) {
    const p = addressOf(this._handle.peername());
    if (p === null || typeof p === 'string') return {};
    this._peername = p;
  }
  return this._peername;
};

Socket.prototype._getsockname = function() {
  if (!this._handle) return {};
  if (!this._sockname) {
    const s = addressOf(this._handle.sockname());
    if (s === null) return {};
    if (typeof s === 'string') return {};
    this._sockname = s;
  }
  return this._sockname;
};

function protoGetter(name, fn) {
  ObjectDefineProperty(Socket.prototype, name, {
    __proto__: null, configurable: false, enumerable: true, get: fn,
  });
}
protoGetter('remoteAddress', function() { return this._getpeername().address; });
protoGetter('remoteFamily', function() { return this._getpeername().family; });
protoGetter('remotePort', function() { return this._getpeername().port; });
protoGetter('localAddress', function() { return this._getsockname().address; });
protoGetter('localPort', function() { return this._getsockname().port; });
protoGetter('localFamily', function() { return this._getsockname().family; });

// ---- writing ----

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  if (writev) {
    const chunks = [];
    // Writable hands over { chunk, encoding } entries (allBuffers only says no entry is a string)
    for (let i = 0; i < data.length; i++) {
      const c = data[i].chunk;
      chunks.push(typeof c === 'string' ? Buffer.from(c, data[i].encoding) : c);
    }
    writeToHandle(this, Buffer.concat(chunks), null, cb);
  } else {
    writeToHandle(this, data, encoding, cb);
  }
};

function writeToHandle(socket, data, encoding, cb) {
  const handle = socket._handle;
  const req = (status) => afterWrite(socket, status, cb);
  let r;
  if (typeof data === 'string') {
    if (encoding === 'utf8' || encoding === 'utf-8' || encoding === 'buffer' || !encoding) {
      r = handle.writeString(data, false, req);
    } else if (encoding === 'latin1' || encoding === 'binary') {
      r = handle.writeString(data, true, req);
    } else {
      const b = Buffer.from(data, encoding);
      r = handle.writeBuffer(b.buffer, b.byteOffset, b.byteLength, req);
    }
  } else {
    r = handle.writeBuffer(data.buffer, data.byteOffset, data.byteLength, req);
  }
  if (r < 0) cb(errnoException(r, 'write'));
  else if (r === 0) cb();
  // 1: the write is in flight; req reports it
}

function afterWrite(socket, status, cb) {
  if (socket.destroyed) {
    cb(null);
    return;
  }
  if (status < 0) {
    const ex = errnoException(status, 'write');
    socket.destroy(ex, cb);
    return;
  }
  socket._unrefTimer();
  cb(null);
}

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype._final = function(cb) {
  if (this.pending && this.connecting) {
    this.once('connect', () => this._final(cb));
    return;
  }
  if (!this._handle) {
    cb();
    return;
  }
  // Node ignores shutdown errors (the peer may be gone already).
  this._handle.shutdown(() => cb());
};

Socket.prototype.end = function(data, encoding, callback) {
  FunctionPrototypeCall(Duplex.prototype.end, this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  const t = this[kTimeout] ? lazyTimers() : null;
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) t.clearTimeout(s[kTimeout]);
  }
  if (this._handle) {
    const isException = exception ? true : false;
    this[kBytesRead] = this._handle.bytesRead();
    this[kBytesWritten] = this._handle.bytesWritten();
    const handle = this._handle;
    const onClosed = () => this.emit('close', isException);
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      handle.reset(onClosed);
    } else {
      handle.close(onClosed);
    }
    handle.setOnRead(noop);
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function emitCloseNT(self) {
  self.emit('close', false);
}

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle && !this[kPipe])) throw new ERR_NODE4J_UNSUPPORTED('resetAndDestroy on a pipe');
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

// ---- connecting ----

// An embedding program may close the network (org.node4j.Permissions); Node 24's flags never do.
function checkNetwork(constructorOpt) {
  if (!internalBinding('permission').network()) {
    throw require('internal/errors').accessDenied('Net', '', constructorOpt);
  }
}

Socket.prototype.connect = function connect(...args) {
  checkNetwork(connect);
  let normalized;
  if (ArrayIsArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (options.blockList !== undefined) {
    validateBlockList(options.blockList, 'options.blockList');
    this[kBlockList] = options.blockList;
  }
  if (cb !== null) this.once('connect', cb);

  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  this.connecting = true;
  if (path) {
    validateString(path, 'options.path');
    this[kPipe] = true;
    process.nextTick(() => {
      if (this.connecting) internalConnect(this, path, 0, 0);
    });
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamily } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  if (autoSelectFamily != null) {
    const { validateBoolean } = require('internal/validators');
    validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  }
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const lookup = options.lookup || lazyDns().lookup;
  let family = options.family;
  if (family === 'IPv4') family = 4;
  else if (family === 'IPv6') family = 6;
  if (family != null && family !== 0 && family !== 4 && family !== 6) {
    const { validateOneOf } = require('internal/validators');
    validateOneOf(options.family, 'options.family', [0, 4, 6]);
  }
  const dnsOpts = { family, hints: options.hints || 0 };
  // as Node on POSIX: without a family, only families the host has addresses of
  if (family !== 4 && family !== 6 && dnsOpts.hints === 0) dnsOpts.hints = lazyDns().ADDRCONFIG;
  if (autoSelectFamily == null) autoSelectFamily = autoSelectFamilyDefault;
  let attemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  if (options.autoSelectFamilyAttemptTimeout != null) {
    validateInt32(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    attemptTimeout = options.autoSelectFamilyAttemptTimeout < 10 ? 10 : options.autoSelectFamilyAttemptTimeout;
  }
  const multiple = autoSelectFamily && family !== 4 && family !== 6;
  if (multiple) dnsOpts.all = true;
  self._host = host;
  lookup(host, dnsOpts, (err, ip, addressType) => {
    if (multiple && !err && ArrayIsArray(ip)) {
      connectToAddresses(self, host, ip, port, localAddress, localPort, attemptTimeout);
      return;
    }
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(() => self.destroy(err));
      return;
    }
    if (!isIP(ip)) {
      process.nextTick(() => self.destroy(new ERR_INVALID_IP_ADDRESS(ip)));
      return;
    }
    self._unrefTimer();
    internalConnect(self, ip, port, addressType, localAddress, localPort);
  });
}

// Happy eyeballs as Node does it (autoSelectFamily): the addresses deduplicated and
// interleaved by family (the first answer's family first), tried one after the other, each
// given autoSelectFamilyAttemptTimeout before the next one is tried; every failure is kept and
// all of them fail the socket together (an AggregateError).
function connectToAddresses(self, host, addresses, port, localAddress, localPort, timeout) {
  const groups = [[], []];
  const seen = [[], []];
  let firstFamily = 0;
  for (let i = 0; i < addresses.length; i++) {
    const { address, family } = addresses[i];
    self.emit('lookup', null, address, family, host);
    if (!self.connecting) return;
    if (isIP(address) && (family === 4 || family === 6)) {
      firstFamily ||= family;
      const g = family === firstFamily ? 0 : 1;
      if (!ArrayPrototypeIncludes(seen[g], address)) {
        ArrayPrototypePush(groups[g], addresses[i]);
        ArrayPrototypePush(seen[g], address);
      }
    }
  }
  if (groups[0].length === 0) {
    const first = addresses[0];
    process.nextTick(() => self.destroy(first === undefined ?
      exceptionWithHostPort(-3008, 'getaddrinfo', host) : new ERR_INVALID_IP_ADDRESS(first.address)));
    return;
  }
  const toAttempt = [];
  for (let i = 0; i < groups[0].length || i < groups[1].length; i++) {
    if (i < groups[0].length) ArrayPrototypePush(toAttempt, groups[0][i]);
    if (i < groups[1].length) ArrayPrototypePush(toAttempt, groups[1][i]);
  }
  self._unrefTimer();
  if (toAttempt.length === 1) {
    internalConnect(self, toAttempt[0].address, port, toAttempt[0].family, localAddress, localPort);
    return;
  }
  self.autoSelectFamilyAttemptedAddresses = [];
  const context = { addresses: toAttempt, current: 0, port, localAddress, localPort, timeout, timer: null, errors: [] };
  connectNextAddress(self, context);
}

function connectNextAddress(self, context) {
  if (context.timer) clearTimeout(context.timer);
  context.timer = null;
  if (!self.connecting) return;
  if (context.current === context.addresses.length) {
    const err = new AggregateError(context.errors, '');
    err.code = context.errors[0]?.code;
    self.destroy(err);
    return;
  }
  const last = context.current === context.addresses.length - 1;
  const { address, family } = context.addresses[context.current++];
  const { port, localAddress, localPort } = context;
  ArrayPrototypePush(self.autoSelectFamilyAttemptedAddresses, `${address}:${port}`);
  self.emit('connectionAttempt', address, port, family);
  internalConnect(self, address, port, family, localAddress, localPort, (status) => {
    const ex = exceptionWithHostPort(status, 'connect', address, port);
    ArrayPrototypePush(context.errors, ex);
    self.emit('connectionAttemptFailed', address, port, family, ex);
    connectNextAddress(self, context);
  }, () => {
    if (context.timer) clearTimeout(context.timer);
  });
  if (!last && self._handle) {
    const handle = self._handle;
    context.timer = setTimeout(() => {
      context.timer = null;
      if (self._handle !== handle || !self.connecting) return;
      ArrayPrototypePush(context.errors, exceptionWithHostPort(-110, 'connect', address, port));
      handle.setOnRead(noop);
      handle.close(null);
      self._handle = null;
      self.emit('connectionAttemptTimeout', address, port, family);
      connectNextAddress(self, context);
    }, context.timeout);
    context.timer.unref();
  }
}

function internalConnect(self, address, port, addressType, localAddress, localPort, onFail, onSuccess) {
  const isPipe = self[kPipe];
  if (!isPipe && self[kBlockList]?.check(address, addressType === 6 ? 'ipv6' : 'ipv4')) {
    process.nextTick(() => self.destroy(new ERR_IP_BLOCKED(address)));
    return;
  }
  const h = wrap(isPipe).connect(address, port, localAddress || null, localPort | 0,
    (status) => afterConnect(self, h, status, address, port, localAddress, localPort, onFail, onSuccess));
  if (typeof h === 'number') {
    if (onFail) {
      onFail(h);
      return;
    }
    self.destroy(exceptionWithHostPort(h, 'connect', address, port));
    return;
  }
  self._handle = h;
  initHandle(self);
  if (self[kOnNewHandle] !== undefined) self[kOnNewHandle](h);
  if (!isPipe) {
    if (self[kSetNoDelay]) h.setNoDelay(true);
    if (self[kSetKeepAlive]) h.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
  }
}

function afterConnect(self, handle, status, address, port, localAddress, localPort, onFail, onSuccess) {
  if (self.destroyed || self._handle !== handle) return;
  self._sockname = null;
  if (status === 0) {
    if (onSuccess) onSuccess();
    self.connecting = false;
    self._unrefTimer();
    self.emit('connect');
    self.emit('ready');
    if (self.readable && !self.isPaused()) self.read(0);
    return;
  }
  if (onFail !== null && onFail !== undefined) {
    handle.setOnRead(noop);
    handle.close(null);
    self._handle = null;
    onFail(status);
    return;
  }
  self.connecting = false;
  let details;
  if (localAddress && localPort) details = `${localAddress}:${localPort}`;
  self.destroy(exceptionWithHostPort(status, 'connect', self[kPipe] ? address : address, self[kPipe] ? 0 : port,
    details));
}

// ---- Server ----

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  FunctionPrototypeCall(EventEmitter, this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = getDefaultHighWaterMark();
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  if (options.blockList !== undefined) validateBlockList(options.blockList, 'options.blockList');
  this.blockList = options.blockList;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark();
}
ObjectSetPrototypeOf(Server.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(Server, EventEmitter);

Server.prototype.listen = function listen(...args) {
  checkNetwork(listen);
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  if (options.fd !== undefined || typeof options.listen === 'function' || options instanceof Server) {
    throw new ERR_NODE4J_UNSUPPORTED('server.listen(handle)');
  }
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    const onAborted = () => this.close();
    if (options.signal.aborted) process.nextTick(onAborted);
    else {
      options.signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => options.signal.removeEventListener('abort', onAborted));
    }
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  let backlog;
  this[kExclusive] = Boolean(options.exclusive);
  this[kIpv6Only] = Boolean(options.ipv6Only);
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.reusePort);
    } else {
      setupListenHandle(this, null, options.port | 0, 4, backlog, options.reusePort);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    backlog = options.backlog || backlogFromArgs;
    if (options.readableAll || options.writableAll) {
      throw new ERR_NODE4J_UNSUPPORTED('server.listen({ readableAll, writableAll })');
    }
    setupListenHandle(this, options.path, -1, -1, backlog, false);
    return this;
  }
  if (!('port' in options || 'path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function lookupAndListen(self, port, address, backlog, reusePort) {
  lazyDns().lookup(address, (err, ip, addressType) => {
    if (err) {
      self.emit('error', err);
    } else {
      setupListenHandle(self, ip, port, addressType, backlog, reusePort);
    }
  });
}

function setupListenHandle(self, address, port, addressType, backlog, reusePort, fromCluster) {
  const isPipe = addressType === -1;
  // In a cluster worker, the primary names the port and workers share it with SO_REUSEPORT.
  if (!isPipe && !fromCluster && !self[kExclusive] && require('internal/cluster/state').worker !== null) {
    require('cluster')._getServer(self, { address, port, addressType }, (sharedPort) => {
      setupListenHandle(self, address, sharedPort, addressType, backlog, true, true);
    });
    return;
  }
  const onConnection = (clientHandle) => onServerConnection(self, clientHandle, isPipe);
  const b = typeof backlog === 'number' && backlog > 0 ? backlog : 511;
  let rval;
  if (!address && !isPipe) {
    // Like Node: the IPv6 any-address (dual stack) when there is one, IPv4's otherwise.
    rval = wrap(false).listen('::', port, b, Boolean(reusePort), Boolean(self[kIpv6Only]), onConnection);
    if (typeof rval === 'number') {
      address = '0.0.0.0';
      addressType = 4;
      rval = null;
    } else {
      address = '::';
      addressType = 6;
    }
  }
  if (rval == null) {
    rval = wrap(isPipe).listen(address, isPipe ? 0 : port, b, Boolean(reusePort), Boolean(self[kIpv6Only]),
      onConnection);
  }
  if (typeof rval === 'number') {
    const error = uvExceptionWithHostPort(rval, 'listen', address, isPipe ? undefined : port);
    process.nextTick(emitErrorNT, self, error);
    return;
  }
  self._handle = rval;
  self._pipe = isPipe;
  if (isPipe) self._pipeName = address;
  if (self._unref) rval.unref();
  self._connectionKey = `${addressType}:${address}:${port}`;
  process.nextTick(emitListeningNT, self);
}

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

function onServerConnection(self, clientHandle, isPipe) {
  if (self.blockList && !isPipe) {
    // a blocked peer is closed at once, without 'connection' or 'drop' (as in Node)
    const peer = addressOf(clientHandle.peername());
    if (peer && typeof peer === 'object' && self.blockList.check(peer.address, peer.family === 'IPv6' ? 'ipv6' : 'ipv4')) {
      clientHandle.close(null);
      return;
    }
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    const peer = addressOf(clientHandle.peername());
    const local = addressOf(clientHandle.sockname());
    clientHandle.close(null);
    if (peer && typeof peer === 'object') {
      self.emit('drop', {
        localAddress: local?.address, localPort: local?.port, localFamily: local?.family,
        remoteAddress: peer.address, remotePort: peer.port, remoteFamily: peer.family,
      });
    } else {
      self.emit('drop');
    }
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    manualStart: self[kManualStart] === true,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
    [kPipe]: isPipe,
  });
  if (!isPipe) {
    if (self.noDelay) {
      socket[kSetNoDelay] = true;
      clientHandle.setNoDelay(true);
    }
    if (self.keepAlive) {
      socket[kSetKeepAlive] = true;
      socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
      clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
    }
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.address = function() {
  if (this._handle && this._pipe) return this._pipeName;
  if (this._handle) {
    const a = addressOf(this._handle.sockname());
    return a === null ? {} : a;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

ObjectDefineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get() { return !!(this._handle && this._connectionKey); },
  configurable: true,
  enumerable: true,
});

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close(null);
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype[SymbolAsyncDispose] = function() {
  return new Promise((resolve, reject) => {
    if (!this._handle) {
      resolve();
      return;
    }
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT2, this);
};

function emitCloseNT2(self) {
  self.emit('close');
}

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

// ---- module functions ----

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  const { validateBoolean } = require('internal/validators');
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

module.exports = {
  _createServerHandle() { throw new ERR_NODE4J_UNSUPPORTED('net._createServerHandle'); },
  _normalizeArgs: normalizeArgs,
  get BlockList() { return require('internal/blocklist').BlockList; },
  get SocketAddress() { return require('internal/socketaddress').SocketAddress; },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
