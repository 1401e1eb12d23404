'use strict';
// dgram: UDP sockets over udp_wrap (a Netty DatagramChannel underneath). A Socket is an
// EventEmitter; names are resolved with dns.lookup (or the socket's own `lookup`) before
// anything reaches Java; sends made before the socket is bound wait in a queue until it is
// ('listening'), as Node's do. Sockets bind on their own (port 0) at the first send/connect.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Promise,
  Symbol,
  SymbolAsyncDispose,
} = primordials;

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BAD_TYPE,
    ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
  errnoException,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateNumber,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { exceptionWithHostPort } = require('internal/net_errors');

const kState = Symbol('kStateSymbol');
const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;
const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

let udp;
function binding() {
  return udp ??= internalBinding('udp_wrap');
}

let dns;
function defaultLookup() {
  return (dns ??= require('dns')).lookup;
}

function Socket(type, listener) {
  FunctionPrototypeCall(EventEmitter, this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize !== undefined) {
      validateUint32(options.recvBufferSize, 'options.recvBufferSize');
      recvBufferSize = options.recvBufferSize;
    }
    if (options.sendBufferSize !== undefined) {
      validateUint32(options.sendBufferSize, 'options.sendBufferSize');
      sendBufferSize = options.sendBufferSize;
    }
  }
  if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
  if (lookup !== undefined) validateFunction(lookup, 'lookup');
  const family = type === 'udp4' ? 4 : 6;

  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);

  this[kState] = {
    handle: binding().create(),
    family,
    lookup: lookup || defaultLookup(),
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: Boolean(options?.reuseAddr),
    reusePort: Boolean(options?.reusePort),
    ipv6Only: Boolean(options?.ipv6Only),
    recvBufferSize,
    sendBufferSize,
    receiveBlockList: blockListOption(options, 'receiveBlockList'),
    sendBlockList: blockListOption(options, 'sendBlockList'),
  };

  if (options?.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kState].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
}
ObjectSetPrototypeOf(Socket.prototype, EventEmitter.prototype);
ObjectSetPrototypeOf(Socket, EventEmitter);

function blockListOption(options, name) {
  const value = options?.[name];
  if (value !== undefined && !require('internal/blocklist').BlockList.isBlockList(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, 'net.BlockList', value);
  }
  return value;
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kState].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

// The socket's lookup for its family; IP literals and the default addresses skip the resolver.
function lookupAddress(socket, address, cb) {
  const state = socket[kState];
  if (!address) address = state.family === 4 ? '127.0.0.1' : '::1';
  validateString(address, 'address');
  state.lookup(address, state.family, cb);
}

Socket.prototype.bind = function(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kState];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    function removeListeners() {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    }
    function onListening() {
      FunctionPrototypeCall(removeListeners, this);
      FunctionPrototypeCall(cb, this);
    }
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  let address;
  if (port !== null && typeof port === 'object') {
    if (typeof port.fd === 'number' && port.fd > 0) {
      const { codes: { ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');
      throw new ERR_NODE4J_UNSUPPORTED('dgram socket.bind({ fd })');
    }
    address = port.address || '';
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = state.family === 4 ? '0.0.0.0' : '::';

  state.lookup(address, state.family, (err, ip) => {
    if (!state.handle) return; // closed meanwhile
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    // Cluster workers bind on their own, as with `exclusive: true` (no shared handles here).
    // Node does not validate this port: it goes through ToUint32 and the low 16 bits are used
    const rc = state.handle.bind(ip, (port >>> 0) & 0xffff, state.reuseAddr, state.reusePort, state.ipv6Only);
    if (rc) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', exceptionWithHostPort(rc, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

function startListening(socket) {
  const state = socket[kState];
  state.handle.recvStart((ab, addressOrErr, family, port) => onMessage(socket, ab, addressOrErr, family, port));
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

function onMessage(socket, ab, address, family, port) {
  if (ab === null) {
    socket.emit('error', errnoException(address, 'recvmsg'));
    return;
  }
  // datagrams from blocked senders are dropped unseen
  if (socket[kState].receiveBlockList?.check(address, family === 'IPv6' ? 'ipv6' : 'ipv4')) return;
  const buf = Buffer.from(new ArrayBuffer(ab));
  socket.emit('message', buf, { address, family, port, size: buf.length });
}

// Sends (and connects) made before the socket is bound run once it is.
function enqueue(socket, fn) {
  const state = socket[kState];
  if (state.queue === undefined) {
    state.queue = [];
    socket.once(EventEmitter.errorMonitor, onListenError);
    socket.once('listening', onListenSuccess);
  }
  ArrayPrototypePush(state.queue, fn);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kState];
  const queue = state.queue;
  state.queue = undefined;
  for (let i = 0; i < queue.length; i++) queue[i]();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kState].queue = undefined;
}

Socket.prototype.connect = function(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, FunctionPrototypeBind(doConnectLookup, this, port, address, callback));
    return;
  }
  FunctionPrototypeCall(doConnectLookup, this, port, address, callback);
};

function doConnectLookup(port, address, callback) {
  const state = this[kState];
  if (callback) this.once('connect', callback);
  lookupAddress(this, address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      const rc = state.handle.connect(ip, port);
      if (rc) ex = exceptionWithHostPort(rc, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          this.removeListener('connect', callback);
          callback(ex);
        } else {
          this.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => this.emit('connect'));
  });
}

Socket.prototype.disconnect = function() {
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const rc = state.handle.disconnect();
  if (rc) throw errnoException(rc, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

// buffer, offset and length into one view
function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) {
    const { codes: { ERR_BUFFER_OUT_OF_BOUNDS } } = require('internal/errors');
    throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  }
  if (offset + length > buffer.byteLength) {
    const { codes: { ERR_BUFFER_OUT_OF_BOUNDS } } = require('internal/errors');
    throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  }
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (typeof buf === 'string') out[i] = Buffer.from(buf);
    else if (!isArrayBufferView(buf)) return null;
    else out[i] = buf;
  }
  return out;
}

function toBytes(view) {
  return Buffer.isBuffer(view) ? view : Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

Socket.prototype.send = function(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kState];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      } else {
        callback = address;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  if (!ArrayIsArray(buffer)) {
    if (typeof buffer === 'string') {
      list = [Buffer.from(buffer)];
    } else if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
    } else {
      list = [buffer];
    }
  } else if (!(list = fixBufferList(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) ArrayPrototypePush(list, Buffer.alloc(0));
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, FunctionPrototypeBind(this.send, this, list, port, address, callback));
    return;
  }
  if (connected) {
    doSend(null, this, null, list, address, port, callback);
  } else {
    lookupAddress(this, address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
  }
};

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kState];
  if (ex) {
    if (callback) process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  if (ip && state.sendBlockList?.check(ip, state.family === 6 ? 'ipv6' : 'ipv4')) {
    const { codes: { ERR_IP_BLOCKED } } = require('internal/errors');
    ex = new ERR_IP_BLOCKED(ip);
    if (callback) process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  const data = list.length === 1 ? toBytes(list[0]) : Buffer.concat(list);
  const done = callback ? (status, sent) => {
    if (status) callback(exceptionWithHostPort(status, 'send', address, port));
    else callback(null, sent);
  } : null;
  const rc = state.handle.send(data.buffer, data.byteOffset, data.byteLength, ip, port || 0, done);
  if (rc >= 1) {
    // sent at once (bytes + 1)
    if (callback) process.nextTick(callback, null, rc - 1);
    return;
  }
  // a failure before sending is the callback's, never an 'error' event (as in Node)
  if (rc && callback) process.nextTick(callback, exceptionWithHostPort(rc, 'send', address, port));
}

Socket.prototype.close = function(callback) {
  const state = this[kState];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  if (queue !== undefined) {
    ArrayPrototypePush(queue, FunctionPrototypeBind(this.close, this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

Socket.prototype[SymbolAsyncDispose] = async function() {
  if (!this[kState].handle) return;
  await new Promise((resolve) => this.close(resolve));
};

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

function socketName(socket, result, syscall) {
  if (typeof result === 'number') throw errnoException(result, syscall);
  return { address: result[0], family: result[1], port: result[2] };
}

Socket.prototype.address = function() {
  healthCheck(this);
  return socketName(this, this[kState].handle.sockname(), 'getsockname');
};

Socket.prototype.remoteAddress = function() {
  healthCheck(this);
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  return socketName(this, state.handle.peername(), 'getpeername');
};

function check(rc, syscall) {
  if (rc) throw errnoException(rc, syscall);
}

Socket.prototype.setBroadcast = function(arg) {
  check(this[kState].handle.setBroadcast(Boolean(arg)), 'setBroadcast');
};

Socket.prototype.setTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  check(this[kState].handle.setTTL(ttl), 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  check(this[kState].handle.setMulticastTTL(ttl), 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function(arg) {
  check(this[kState].handle.setMulticastLoopback(Boolean(arg)), 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  check(this[kState].handle.setMulticastInterface(interfaceAddress), 'setMulticastInterface');
};

function membership(socket, multicastAddress, interfaceAddress, add, syscall) {
  healthCheck(socket);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  check(socket[kState].handle.membership(`${multicastAddress}`,
    interfaceAddress == null ? null : `${interfaceAddress}`, add), syscall);
}

Socket.prototype.addMembership = function(multicastAddress, interfaceAddress) {
  membership(this, multicastAddress, interfaceAddress, true, 'addMembership');
};

Socket.prototype.dropMembership = function(multicastAddress, interfaceAddress) {
  membership(this, multicastAddress, interfaceAddress, false, 'dropMembership');
};

function sourceMembership(socket, sourceAddress, groupAddress, interfaceAddress, add, syscall) {
  healthCheck(socket);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  check(socket[kState].handle.sourceMembership(sourceAddress, groupAddress,
    interfaceAddress == null ? null : `${interfaceAddress}`, add), syscall);
}

Socket.prototype.addSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, sourceAddress, groupAddress, interfaceAddress, true, 'addSourceSpecificMembership');
};

Socket.prototype.dropSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, sourceAddress, groupAddress, interfaceAddress, false, 'dropSourceSpecificMembership');
};

// SO_RCVBUF / SO_SNDBUF: sets (size > 0) and returns the size the kernel reports.
function bufferSize(socket, size, recv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const rc = socket[kState].handle.bufferSize(size, recv);
  if (rc < 0) {
    const uv = require('internal/uv_errors');
    throw new ERR_SOCKET_BUFFER_SIZE({
      errno: rc,
      code: uv.errnoName(rc),
      message: uv.errnoMessage(rc),
      syscall: recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size',
    });
  }
  return rc;
}

Socket.prototype.setRecvBufferSize = function(size) {
  bufferSize(this, size, true);
};

Socket.prototype.setSendBufferSize = function(size) {
  bufferSize(this, size, false);
};

Socket.prototype.getRecvBufferSize = function() {
  return bufferSize(this, 0, true);
};

Socket.prototype.getSendBufferSize = function() {
  return bufferSize(this, 0, false);
};

Socket.prototype.getSendQueueSize = function() {
  return this[kState].handle.sendQueueSize();
};

Socket.prototype.getSendQueueCount = function() {
  return this[kState].handle.sendQueueCount();
};

Socket.prototype.ref = function() {
  this[kState].handle?.ref();
  return this;
};

Socket.prototype.unref = function() {
  this[kState].handle?.unref();
  return this;
};

ObjectDefineProperty(Socket.prototype, '_handle', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return this[kState].handle; },
});

module.exports = {
  createSocket,
  Socket,
  _createSocketHandle() {
    const { codes: { ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');
    throw new ERR_NODE4J_UNSUPPORTED('dgram._createSocketHandle');
  },
};
