'use strict';
// fs.ReadStream and fs.WriteStream: the stream classes over the fs callback API (or a
// user-supplied `fs` option, or a FileHandle), opening in _construct so 'open' and 'ready'
// come before any data, and closing the fd in _destroy.

const {
  FunctionPrototypeCall,
  MathMin,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  Symbol,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateInteger, validateBoolean } = require('internal/validators');
const { getValidatedPath, lazyBuffer } = require('internal/fs/utils');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const fs = require('fs');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

function isFileHandle(v) {
  return v != null && typeof v === 'object' && typeof v.fd === 'number' &&
    typeof v.close === 'function' && typeof v.read === 'function';
}

function copyOptions(options) {
  if (options == null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  return { ...options };
}

// Start/end checks with Node's wording.
function validateStartEnd(options) {
  if (options.start !== undefined) validateInteger(options.start, 'start', 0);
  if (options.end === undefined) {
    options.end = Infinity;
  } else if (options.end !== Infinity) {
    validateInteger(options.end, 'end', 0);
    if (options.start !== undefined && options.start > options.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${options.end})`, options.start);
    }
  }
}

function importFd(stream, options) {
  if (options.fd == null) return null;
  if (isFileHandle(options.fd)) {
    const handle = options.fd;
    stream[kHandle] = handle;
    // a FileHandle brings its own methods (promises API)
    stream[kFs] = {
      open() {},
      read(fd, buf, off, len, pos, cb) {
        handle.read(buf, off, len, pos).then((r) => cb(null, r.bytesRead, r.buffer), cb);
      },
      write(fd, buf, off, len, pos, cb) {
        handle.write(buf, off, len, pos).then((r) => cb(null, r.bytesWritten, r.buffer), cb);
      },
      writev(fd, bufs, pos, cb) {
        handle.writev(bufs, pos).then((r) => cb(null, r.bytesWritten, r.buffers), cb);
      },
      close(fd, cb) {
        handle.close().then(() => cb(), cb);
      },
    };
    return handle.fd;
  }
  validateInteger(options.fd, 'fd', 0, 2147483647);
  return options.fd;
}

function setupFs(stream, options, needed) {
  stream[kFs] = options.fs || fs;
  for (const name of needed) {
    validateFunction(stream[kFs][name], `options.fs.${name}`);
  }
}

function openStream(stream, cb) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) return cb(err);
    stream.fd = fd;
    cb();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function close(stream, err, cb) {
  if (stream.fd == null) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeFd(stream, err || flushErr, cb));
  } else {
    closeFd(stream, err, cb);
  }
}

function closeFd(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function destroyImpl(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => close(this, err || er, cb));
  } else {
    close(this, err, cb);
  }
}

// ---- ReadStream ----

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;

  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || fs;
    setupFs(this, options, ['open', 'read', 'close']);
    this.path = typeof path === 'string' ? path : getValidatedPath(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.fd = importFd(this, options);
    if (this[kFs] === undefined) setupFs(this, options, ['read', 'close']);
    this.path = undefined;
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  }
  if (options.fd == null) getValidatedPath(path);

  validateStartEnd(options);
  this.start = options.start;
  this.end = options.end;
  this.pos = options.start;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  FunctionPrototypeCall(Readable, this, options);
}
ObjectSetPrototypeOf(ReadStream.prototype, Readable.prototype);
ObjectSetPrototypeOf(ReadStream, Readable);

ObjectDefineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
});

ObjectDefineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd == null; },
  configurable: true,
});

ReadStream.prototype._construct = function(callback) {
  if (this.fd != null) {
    callback();
    return;
  }
  openStream(this, callback);
};

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ?
    MathMin(this.end - this.pos + 1, n) :
    MathMin(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = lazyBuffer().allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead, buffer) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      require('internal/streams/destroy').errorOrDestroy(this, er);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead !== buf.length ? buf.subarray(0, bytesRead) : buf);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroyImpl;

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') require('internal/streams/end-of-stream')(this, cb);
  this.destroy();
};

// ---- WriteStream ----

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options);
  options.decodeStrings = true;

  if (options.fd == null) {
    this.fd = null;
    setupFs(this, options, ['open', 'close']);
    this.path = typeof path === 'string' ? path : getValidatedPath(path);
    getValidatedPath(path);
  } else {
    this.fd = importFd(this, options);
    if (this[kFs] === undefined) setupFs(this, options, ['close']);
    this.path = undefined;
  }
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  if (this[kFs].write === undefined && this[kFs].writev === undefined) {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this[kFs].write);
  }
  if (this[kFs].write !== undefined) validateFunction(this[kFs].write, 'options.fs.write');
  if (options.fs?.writev !== undefined) validateFunction(this[kFs].writev, 'options.fs.writev');
  if (this[kFs].write === undefined) this._write = null;
  if (this[kFs].writev === undefined) this._writev = null;
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }

  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  FunctionPrototypeCall(Writable, this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
ObjectSetPrototypeOf(WriteStream.prototype, Writable.prototype);
ObjectSetPrototypeOf(WriteStream, Writable);

ObjectDefineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
});

ObjectDefineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype._construct = function(callback) {
  if (this.fd != null) {
    callback();
    return;
  }
  openStream(this, callback);
};

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const len = data.length;
  const chunks = new Array(len);
  let size = 0;
  for (let i = 0; i < len; i++) {
    chunks[i] = data[i].chunk;
    size += chunks[i].length;
  }
  const done = (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    cb();
  };
  this[kIsPerformingIO] = true;
  if (this[kFs].writev) {
    this[kFs].writev(this.fd, chunks, this.pos ?? null, done);
  } else {
    const all = lazyBuffer().concat(chunks);
    this[kFs].write(this.fd, all, 0, all.length, this.pos ?? null, done);
  }
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._final = function(callback) {
  callback();
};

WriteStream.prototype._destroy = destroyImpl;

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Not yet ended: end() then close, as Node does.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
