'use strict';
// IncomingMessage: a request on the server or a response on the client, a Readable of the
// body. Headers are built lazily from rawHeaders with Node's rules for duplicates.

const {
  ArrayPrototypePush,
  FunctionPrototypeCall,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  StringPrototypeToLowerCase,
  Symbol,
} = primordials;
const { Readable } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');
const kOnResume = Symbol('kOnResume');

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  FunctionPrototypeCall(Readable, this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
  this[kOnResume] = null;
}
ObjectSetPrototypeOf(IncomingMessage.prototype, Readable.prototype);
ObjectSetPrototypeOf(IncomingMessage, Readable);

ObjectDefineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

function defineLazy(name, key, raw, build) {
  ObjectDefineProperty(IncomingMessage.prototype, name, {
    __proto__: null,
    get() {
      if (!this[key]) this[key] = build(this, this[raw]);
      return this[key];
    },
    set(val) { this[key] = val; },
  });
}
defineLazy('headers', kHeaders, 'rawHeaders', (msg, raw) => {
  const dest = {};
  for (let n = 0; n < raw.length; n += 2) msg._addHeaderLine(raw[n], raw[n + 1], dest);
  return dest;
});
defineLazy('headersDistinct', kHeadersDistinct, 'rawHeaders', (msg, raw) => {
  const dest = {};
  for (let n = 0; n < raw.length; n += 2) msg._addHeaderLineDistinct(raw[n], raw[n + 1], dest);
  return dest;
});
defineLazy('trailers', kTrailers, 'rawTrailers', (msg, raw) => {
  const dest = {};
  for (let n = 0; n < raw.length; n += 2) msg._addHeaderLine(raw[n], raw[n + 1], dest);
  return dest;
});
defineLazy('trailersDistinct', kTrailersDistinct, 'rawTrailers', (msg, raw) => {
  const dest = {};
  for (let n = 0; n < raw.length; n += 2) msg._addHeaderLineDistinct(raw[n], raw[n + 1], dest);
  return dest;
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

// The body is pushed by the parser; asking for more resumes reading a paused socket.
IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this[kOnResume] !== null) this[kOnResume]();
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
  }
  // As Node: the error is emitted only when someone listens for it.
  process.nextTick(() => cb(this.listenerCount('error') === 0 ? undefined : err));
};

// Node's rules: some headers keep only their first value, set-cookie is an array, cookie joins
// with '; ', the rest with ', '.
const firstOnly = new Set(['age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from',
  'host', 'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent']);

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  const name = StringPrototypeToLowerCase(field);
  const existing = dest[name];
  if (name === 'set-cookie') {
    if (existing !== undefined) ArrayPrototypePush(existing, value);
    else dest[name] = [value];
  } else if (existing === undefined) {
    dest[name] = value;
  } else if (this.joinDuplicateHeaders) {
    dest[name] = `${existing}, ${value}`;
  } else if (firstOnly.has(name)) {
    // drop the duplicate
  } else if (name === 'cookie') {
    dest[name] = `${existing}; ${value}`;
  } else {
    dest[name] = `${existing}, ${value}`;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  const name = StringPrototypeToLowerCase(field);
  if (!dest[name]) dest[name] = [value];
  else ArrayPrototypePush(dest[name], value);
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers?.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// Discards the body nobody reads, so the socket can carry the next message.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage, kOnResume };
