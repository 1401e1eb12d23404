'use strict';
// http.ClientRequest: a request written to a socket from an Agent (or one the caller creates),
// whose response is parsed on the socket's I/O thread. A kept-alive socket goes back to its
// agent once both the request and the response are done.

const {
  ArrayIsArray,
  Boolean,
  FunctionPrototypeCall,
  NumberIsFinite,
  ObjectAssign,
  ObjectKeys,
  ObjectSetPrototypeOf,
  RegExpPrototypeExec,
  StringPrototypeToUpperCase,
  Symbol,
} = primordials;

const net = require('net');
const { OutgoingMessage, kOutHeaders, kNeedDrain } = require('_http_outgoing');
const { IncomingMessage, kOnResume } = require('_http_incoming');
const { startParser, _checkIsHttpToken: checkIsHttpToken, kMaxHeaderSize } = require('_http_common');
const agentModule = require('_http_agent');
const { Agent } = agentModule;
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HTTP_TOKEN,
    ERR_INVALID_PROTOCOL,
    ERR_NODE4J_UNSUPPORTED,
    ERR_UNESCAPED_CHARACTERS,
  },
} = require('internal/errors');
const { validateInteger, validateBoolean, validateAbortSignal } = require('internal/validators');

const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;
const kError = Symbol('kError');

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    protocol: url.protocol,
    hostname: url.hostname && url.hostname[0] === '[' ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

function ClientRequest(input, options, cb) {
  FunctionPrototypeCall(OutgoingMessage, this);
  if (typeof input === 'string') {
    const { URL } = require('internal/url');
    input = urlToHttpOptions(new URL(input));
  } else if (input && typeof input === 'object' && typeof input.href === 'string' && input.searchParams) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || { __proto__: null };
  } else {
    options = ObjectAssign(input || {}, options);
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || agentModule.globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    options.agent = agent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent?.protocol) expectedProtocol = this.agent.protocol;
  if (options.path) {
    const path = String(options.path);
    if (RegExpPrototypeExec(INVALID_PATH_REGEX, path) !== null) {
      throw new ERR_UNESCAPED_CHARACTERS('Request path');
    }
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent?.defaultPort) || 80;
  const optsWithoutSignal = { __proto__: null, ...options };
  delete optsWithoutSignal.signal; // the request watches the signal; the socket must not
  this.port = options.port || defaultPort || 80;
  const host = optsWithoutSignal.host = validateHost(options.hostname, 'hostname') ||
    validateHost(options.host, 'host') || 'localhost';
  const setHost = options.setHost === undefined || Boolean(options.setHost);
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) {
    const { getTimerDuration } = require('internal/timers');
    this.timeout = getTimerDuration(options.timeout, 'timeout');
  }
  const signal = options.signal;
  if (signal) validateAbortSignal(signal, 'options.signal');

  let method = options.method;
  const methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString) {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (methodIsString && method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = this.method = StringPrototypeToUpperCase(method);
  } else {
    method = this.method = 'GET';
  }
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;

  this.path = options.path || '/';
  if (cb) this.once('response', cb);

  if (method === 'GET' || method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
      method === 'TRACE' || method === 'CONNECT') {
    this.useChunkedEncodingByDefault = false;
  } else {
    this.useChunkedEncodingByDefault = true;
  }
  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;
  this[kError] = null;

  if (this.agent) {
    if (!this.agent.keepAlive && !NumberIsFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }

  const headersArray = ArrayIsArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      const keys = ObjectKeys(options.headers);
      for (let i = 0; i < keys.length; i++) this.setHeader(keys[i], options.headers[keys[i]]);
    }
    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      const posColon = hostHeader.indexOf(':');
      if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) {
        hostHeader = `[${hostHeader}]`;
      }
      if (this.port && +this.port !== defaultPort) hostHeader += `:${this.port}`;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      const { Buffer } = require('buffer');
      this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
    }
    if (this.getHeader('expect')) {
      if (this._header) throw new ERR_NODE4J_UNSUPPORTED('Expect with headers already sent');
      this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
    }
  } else {
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, options.headers);
  }

  const optsForAgent = { __proto__: null, ...optsWithoutSignal };
  if (signal) {
    const onAbort = () => this.destroy(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }

  if (this.agent) {
    this.agent.addRequest(this, optsForAgent);
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
    let opts = optsForAgent;
    if (this.socketPath) opts = { __proto__: null, ...opts, path: this.socketPath };
    if (typeof opts.createConnection === 'function') {
      const oncreate = (err, socket) => {
        if (called) return;
        called = true;
        if (err) process.nextTick(() => this.emit('error', err));
        else this.onSocket(socket);
      };
      let called = false;
      const s = opts.createConnection(opts, oncreate);
      if (s) oncreate(null, s);
    } else {
      this.onSocket(net.createConnection(opts));
    }
  }
}
ObjectSetPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
ObjectSetPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._finish = function _finish() {
  FunctionPrototypeCall(OutgoingMessage.prototype._finish, this);
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) {
    const { codes: { ERR_HTTP_HEADERS_SENT } } = require('internal/errors');
    throw new ERR_HTTP_HEADERS_SENT('render');
  }
  this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this[kError] = err;
  this.socket?.destroy(err);
  if (!this.socket) {
    process.nextTick(() => {
      if (err) this.emit('error', err);
      this._closed = true;
      this.emit('close');
    });
  }
  return this;
};

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(() => {
    if (err) {
      this.emit('error', err);
      this._closed = true;
      this.emit('close');
      return;
    }
    if (this.destroyed) {
      // destroy() came first and already reports 'error' and 'close' on the request: the socket
      // goes quietly (with the error it would have no listener and throw)
      socket.destroy();
      return;
    }
    tickOnSocket(this, socket);
  });
};

function tickOnSocket(req, socket) {
  req.socket = socket;
  socket._httpMessage = req;
  socket.removeListener('error', freeSocketErrorListener);
  const state = { res: null, paused: false };
  const install = () => {
    startParser(socket, false, req.maxHeaderSize || kMaxHeaderSize, responseSink(req, socket, state));
    if (req.method === 'HEAD') socket._handle.httpExpectNoBody(true);
  };
  if (socket._handle && !socket.connecting) install();
  else socket.once('connect', install);

  socket.on('error', socketErrorListener);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
  req._flush();
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = () => req.emit('timeout');
  if (req.socket) req.socket.once('timeout', req.timeoutCb);
}

function ondrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function responseSink(req, socket, state) {
  return {
    onHead(method, url, statusCode, statusMessage, major, minor, rawHeaders, keepAlive, upgrade) {
      const res = new IncomingMessage(socket);
      res.httpVersionMajor = major;
      res.httpVersionMinor = minor;
      res.httpVersion = `${major}.${minor}`;
      res.joinDuplicateHeaders = req.joinDuplicateHeaders;
      res.rawHeaders = rawHeaders;
      res.statusCode = statusCode;
      res.statusMessage = statusMessage;
      res.upgrade = upgrade;
      res.req = req;
      res[kOnResume] = () => {
        if (state.paused && socket._handle) {
          state.paused = false;
          socket._handle.readStart();
        }
      };
      if (statusCode >= 100 && statusCode < 200 && statusCode !== 101) {
        if (statusCode === 100) req.emit('continue');
        req.emit('information', {
          statusCode, statusMessage, httpVersion: res.httpVersion, httpVersionMajor: major,
          httpVersionMinor: minor, headers: res.headers, rawHeaders,
        });
        return;
      }
      state.res = res;
      req.res = res;
      if (upgrade) return;
      if (req.shouldKeepAlive && !keepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
      if (req.aborted || !req.emit('response', res)) res._dump();
      res.on('end', () => responseOnEnd(req, socket));
    },
    onBody(chunk) {
      const res = state.res;
      if (!res || res._dumped) return;
      if (!res.push(chunk) && socket._handle && !state.paused) {
        state.paused = true;
        socket._handle.readStop();
      }
    },
    onComplete(trailers) {
      const res = state.res;
      if (!res) return;
      state.res = null;
      res.complete = true;
      if (trailers.length) res._addHeaderLines(trailers, trailers.length);
      res.push(null);
    },
    onError(err) {
      socket.destroy(err);
    },
    onUpgrade(head) {
      const res = state.res;
      socket._handle?.httpStop();
      socket.removeListener('error', socketErrorListener);
      socket.removeListener('end', socketOnEnd);
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('drain', ondrain);
      const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
      req.upgradeOrConnect = true;
      if (req.listenerCount(eventName) > 0) {
        socket._httpMessage = null;
        req.emit(eventName, res, socket, head);
        req.destroyed = true;
        req._closed = true;
        req.emit('close');
      } else {
        socket.destroy();
      }
    },
  };
}

function responseOnEnd(req, socket) {
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !req.aborted) {
    responseKeepAlive(req, socket);
  } else {
    req.once('finish', () => responseKeepAlive(req, socket));
  }
  process.nextTick(() => {
    if (!req.destroyed) {
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    }
    if (req.res) {
      req.res._closed = true;
      req.res.emit('close');
    }
  });
}

function responseKeepAlive(req, socket) {
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('drain', ondrain);
  if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
  socket._handle?.httpStop();
  socket.on('error', freeSocketErrorListener);
  // Agent 'free': the socket may serve the next request (which installs a parser again).
  socket.emit('free');
}

function freeSocketErrorListener() {
  this.destroy();
  this.emit('agentRemove');
}

function socketErrorListener(err) {
  const req = this._httpMessage;
  if (req) {
    req.socket._hadError = true;
    if (!req.res || !req.res.complete) {
      if (!req.res) req.emit('error', err);
      else req.res.destroy(err);
    }
  }
}

function socketOnEnd() {
  const req = this._httpMessage;
  if (req && !req.res) {
    const err = new Error('socket hang up');
    err.code = 'ECONNRESET';
    req.socket._hadError = true;
    req.emit('error', err);
  }
  if (this.writable) this.end();
}

function socketCloseListener() {
  const req = this._httpMessage;
  const res = req?.res;
  if (!req) return;
  req.destroyed = true;
  if (res) {
    if (!res.complete) {
      const err = new Error('aborted');
      err.code = 'ECONNRESET';
      // destroy emits 'aborted', then 'error' (when listened for) and 'close', in that order
      res.destroy(err);
      req._closed = true;
      req.emit('close');
      return;
    }
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) {
      res.on('end', () => { res._closed = true; res.emit('close'); });
      res.push(null);
    } else if (!res._closed) {
      res._closed = true;
      res.emit('close');
    }
  } else {
    if (!req.socket._hadError) {
      req.socket._hadError = true;
      const err = new Error('socket hang up');
      err.code = 'ECONNRESET';
      req.emit('error', err);
    }
    req._closed = true;
    req.emit('close');
  }
}

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.once('timeout', callback);
  const { getTimerDuration } = require('internal/timers');
  msecs = getTimerDuration(msecs, 'msecs');
  this.timeout = msecs;
  if (this.socket) {
    this.socket.setTimeout(msecs);
    listenSocketTimeout(this);
  } else {
    this.once('socket', (sock) => {
      sock.setTimeout(msecs);
      listenSocketTimeout(this);
    });
  }
  return this;
};

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  if (this.socket) this.socket.setNoDelay(noDelay);
  else this.once('socket', (s) => s.setNoDelay(noDelay));
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, initialDelay) {
  if (this.socket) this.socket.setKeepAlive(enable, initialDelay);
  else this.once('socket', (s) => s.setKeepAlive(enable, initialDelay));
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

module.exports = { ClientRequest, Agent, urlToHttpOptions };
