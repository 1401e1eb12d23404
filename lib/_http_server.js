'use strict';
// http.Server and ServerResponse. Each connection's bytes are parsed on the I/O thread; the
// JS side pairs requests with responses in order (pipelined requests queue their responses),
// keeps connections alive between requests and answers malformed ones with 400 as Node does.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  DateNow,
  FunctionPrototypeCall,
  ObjectKeys,
  ObjectSetPrototypeOf,
  RegExpPrototypeExec,
  SafeSet,
  Symbol,
} = primordials;

const net = require('net');
const { OutgoingMessage, kOutHeaders, kNeedDrain } = require('_http_outgoing');
const { IncomingMessage, kOnResume } = require('_http_incoming');
const { startParser, continueExpression, chunkExpression, kMaxHeaderSize } = require('_http_common');
const { kManualStart } = require('internal/net');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_STATUS_CODE,
    ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ASSIGNED,
    ERR_INVALID_CHAR,
  },
} = require('internal/errors');
const { validateInteger, validateBoolean, validateObject } = require('internal/validators');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const kServerResponse = Symbol('ServerResponse');
const kIncomingMessage = Symbol('IncomingMessage');
const kConnections = Symbol('http.server.connections');

// a regexp literal in a function is a new object per call: hoisted
const invalidStatusMessageChar = /[^\t\x20-\x7e\x80-\xff]/;
const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

// ---- ServerResponse ----

function ServerResponse(req, options) {
  FunctionPrototypeCall(OutgoingMessage, this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = RegExpPrototypeExec(chunkExpression, req.headers.te ?? '') !== null;
    this.shouldKeepAlive = false;
  }
}
ObjectSetPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
ObjectSetPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function _finish() {
  FunctionPrototypeCall(OutgoingMessage.prototype._finish, this);
};

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
  }
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  for (const key of ObjectKeys(hints)) {
    const v = hints[key];
    if (ArrayIsArray(v)) for (const x of v) head += `${key}: ${x}\r\n`;
    else head += `${key}: ${v}\r\n`;
  }
  this._writeRaw(`${head}\r\n`, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (ArrayIsArray(obj) && obj.length && !ArrayIsArray(obj[0])) {
      // a flat [name, value, ...] list is appended as is, after the stored headers
      for (let n = 0; n < obj.length; n += 2) this.appendHeader(obj[n], obj[n + 1]);
    } else if (ArrayIsArray(obj)) {
      for (const [k, v] of obj) this.appendHeader(k, v);
    } else if (obj) {
      for (const k of ObjectKeys(obj)) if (k) this.setHeader(k, obj[k]);
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (RegExpPrototypeExec(invalidStatusMessageChar, this.statusMessage) !== null) {
    throw new ERR_INVALID_CHAR('statusMessage');
  }
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---- Server ----

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  this.requestTimeout = options.requestTimeout ?? 300_000;
  validateInteger(this.requestTimeout, 'requestTimeout', 0);
  this.headersTimeout = options.headersTimeout ?? 60_000;
  validateInteger(this.headersTimeout, 'headersTimeout', 0);
  this.keepAliveTimeout = options.keepAliveTimeout ?? 5_000;
  validateInteger(this.keepAliveTimeout, 'keepAliveTimeout', 0);
  this.connectionsCheckingInterval = options.connectionsCheckingInterval ?? 30_000;
  this.requireHostHeader = options.requireHostHeader ?? true;
  validateBoolean(this.requireHostHeader, 'options.requireHostHeader');
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
  this.uniqueHeaders = options.uniqueHeaders;
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  FunctionPrototypeCall(storeHTTPOptions, this, options);
  FunctionPrototypeCall(net.Server, this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  this[kManualStart] = true;
  if (requestListener) this.on('request', requestListener);
  this.on('connection', connectionListener);
  initServerState(this);
  this.on('listening', setupConnectionsTracking);
}

// headersTimeout / requestTimeout: every connectionsCheckingInterval, a connection whose
// current request began too long ago (its head unfinished past headersTimeout, or the whole
// request past requestTimeout) fails with ERR_HTTP_REQUEST_TIMEOUT (408). Only a connection's
// first request is timed (from the connection's start): the parser runs on the I/O thread and
// reports heads, not the first byte of a later request on a kept-alive connection.
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
function setupConnectionsTracking() {
  if (this[kConnectionsCheckingInterval] || (!this.headersTimeout && !this.requestTimeout)) return;
  const { setInterval, clearInterval } = require('timers');
  const interval = setInterval(checkConnections, this.connectionsCheckingInterval, this);
  interval.unref();
  this[kConnectionsCheckingInterval] = interval;
  this.once('close', () => {
    clearInterval(interval);
    this[kConnectionsCheckingInterval] = undefined;
  });
}

function checkConnections(server) {
  const now = DateNow();
  for (const socket of server[kConnections]) {
    const state = socket[kState];
    if (!state || state.requestStart === 0 || socket.destroyed) continue;
    const elapsed = now - state.requestStart;
    if ((server.headersTimeout && state.parsing === null && elapsed > server.headersTimeout) ||
        (server.requestTimeout && elapsed > server.requestTimeout)) {
      state.requestStart = 0;
      FunctionPrototypeCall(socketOnError, socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

// What an http (or https) server keeps besides its options.
function initServerState(server) {
  server.httpAllowHalfOpen = false;
  server.timeout = 0;
  server.maxHeadersCount = null;
  server.maxRequestsPerSocket = 0;
  server[kConnections] = new SafeSet();
}
ObjectSetPrototypeOf(Server.prototype, net.Server.prototype);
ObjectSetPrototypeOf(Server, net.Server);

Server.prototype.close = function close(...args) {
  this.closeIdleConnections();
  return FunctionPrototypeCall(net.Server.prototype.close, this, ...args);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of this[kConnections]) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of this[kConnections]) {
    const state = socket[kState];
    if (state && state.incoming.length === 0 && !socket._httpMessage) socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

const kState = Symbol('httpConnectionState');

function connectionListener(socket) {
  const server = this;
  const state = {
    incoming: [],
    outgoing: [],
    parsing: null, // the request whose body is arriving
    keepAliveTimeoutSet: false,
    requestsCount: 0,
    paused: false,
    requestStart: DateNow(), // 0 while no request is being received
  };
  socket[kState] = state;
  server[kConnections].add(socket);
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);
  socket.on('error', socketOnError);
  const onEnd = () => socketOnEnd(server, socket, state);
  socket.on('end', onEnd);
  socket.on('close', () => {
    server[kConnections].delete(socket);
    abortIncoming(state);
  });
  socket.on('drain', () => {
    const msg = socket._httpMessage;
    if (msg && !msg.finished && msg[kNeedDrain]) {
      msg[kNeedDrain] = false;
      msg.emit('drain');
    }
  });

  const resume = () => {
    if (state.paused && socket._handle) {
      state.paused = false;
      socket._handle.readStart();
    }
  };
  const sink = {
    onHead(method, url, statusCode, statusMessage, major, minor, rawHeaders, keepAlive, upgrade) {
      const req = new server[kIncomingMessage](socket);
      req.httpVersionMajor = major;
      req.httpVersionMinor = minor;
      req.httpVersion = `${major}.${minor}`;
      req.joinDuplicateHeaders = server.joinDuplicateHeaders;
      req.rawHeaders = server.maxHeadersCount ? rawHeaders.slice(0, server.maxHeadersCount * 2) : rawHeaders;
      req.method = method;
      req.url = url;
      req.upgrade = upgrade;
      req[kOnResume] = resume;
      state.parsing = req;
      if (upgrade) return;
      parserOnIncoming(server, socket, state, req, keepAlive);
    },
    onBody(chunk) {
      const req = state.parsing;
      if (req === null || req._dumped) return;
      if (!req.push(chunk) && socket._handle && !state.paused) {
        // the request's reader is behind: stop reading the socket (TCP pushes back)
        state.paused = true;
        socket._handle.readStop();
      }
    },
    onComplete(trailers) {
      const req = state.parsing;
      state.parsing = null;
      state.requestStart = 0;
      if (req === null) return;
      req.complete = true;
      if (trailers.length) req._addHeaderLines(trailers, trailers.length);
      req.push(null);
    },
    onError(err) {
      FunctionPrototypeCall(socketOnError, socket, err);
    },
    onUpgrade(head) {
      const req = state.parsing;
      state.parsing = null;
      socket._handle?.httpStop();
      const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
      if (server.listenerCount(eventName) > 0) {
        socket.removeListener('error', socketOnError);
        socket.removeListener('timeout', socketOnTimeout);
        socket.removeListener('end', onEnd); // the socket is the user's now
        server[kConnections].delete(socket);
        req.complete = true;
        req.push(null);
        server.emit(eventName, req, socket, head);
      } else {
        socket.destroy();
      }
    },
  };
  startParser(socket, true, server.maxHeaderSize || kMaxHeaderSize, sink);
  // Reading starts only now that the parser is in place (the socket was created paused).
  socket.read(0);
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  if (state.keepAliveTimeoutSet) {
    socket.setTimeout(server.timeout || 0);
    state.keepAliveTimeoutSet = false;
  }
  ArrayPrototypePush(state.incoming, req);
  state.requestsCount++;
  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res.shouldKeepAlive = keepAlive;
  if (server.maxRequestsPerSocket > 0 && state.requestsCount >= server.maxRequestsPerSocket) {
    res.maxRequestsOnConnectionReached = true;
  }
  if (socket._httpMessage) ArrayPrototypePush(state.outgoing, res);
  else res.assignSocket(socket);
  res.on('finish', () => resOnFinish(req, res, socket, state, server));

  if (server.requireHostHeader && req.httpVersionMajor === 1 && req.httpVersionMinor === 1 &&
      req.headers.host === undefined) {
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    return;
  }
  const expect = req.headers.expect;
  if (expect !== undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (RegExpPrototypeExec(continueExpression, expect) !== null) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
    return;
  }
  server.emit('request', req, res);
}

function resOnFinish(req, res, socket, state, server) {
  const i = state.incoming.indexOf(req);
  if (i !== -1) state.incoming.splice(i, 1);
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  process.nextTick(() => {
    res._closed = true;
    res.emit('close');
  });
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = ArrayPrototypeShift(state.outgoing);
    if (m) m.assignSocket(socket);
  }
}

function abortIncoming(state) {
  while (state.incoming.length) {
    const req = ArrayPrototypeShift(state.incoming);
    if (!req.complete) {
      const err = new Error('aborted');
      err.code = 'ECONNRESET';
      req.destroy(err);
    }
  }
  for (const res of state.outgoing) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
  state.outgoing.length = 0;
}

function socketOnEnd(server, socket, state) {
  const req = state.parsing;
  if (req && !req.complete) {
    const err = new Error('aborted');
    err.code = 'ECONNRESET';
    req.destroy(err);
  }
  if (!server.httpAllowHalfOpen) {
    // Node's default: the peer's end ends the connection, answered or not
    abortIncoming(state);
    if (socket.writable) socket.end();
    return;
  }
  // Half-open allowed: answer what the peer asked, then close.
  if (state.outgoing.length) state.outgoing[state.outgoing.length - 1]._last = true;
  else if (socket._httpMessage) socket._httpMessage._last = true;
  else if (socket.writable) socket.end();
}

function socketOnTimeout() {
  const state = this[kState];
  const req = state?.parsing;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && this.bytesWritten === 0) {
      const response = e.code === 'HPE_HEADER_OVERFLOW' ? requestHeaderFieldsTooLargeResponse :
        e.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? requestTimeoutResponse :
        e.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW' ? requestChunkExtensionsTooLargeResponse : badRequestResponse;
      this.write(response);
    }
    this.destroy(e);
  }
}

function noop() {}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  createServer,
  kConnections,
  _connectionListener: connectionListener,
  initServerState,
  storeHTTPOptions,
};
