'use strict';
// The tty module: isatty, and ReadStream/WriteStream over a terminal fd. Node builds these on
// net.Socket over a libuv TTY handle; here ReadStream is a Readable fed by a reader thread (fd
// 0, through stream_wrap) or the fs pool (other fds), and WriteStream a Writable that writes
// synchronously, as libuv does for TTYs on Linux. Raw mode and window size come from the
// tty_wrap binding (termios/ioctl through FFM).

const {
  FunctionPrototypeCall,
  NumberIsInteger,
  ObjectSetPrototypeOf,
} = primordials;

const {
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
  errnoException,
} = require('internal/errors');
const { Readable, Writable } = require('stream');
const { getColorDepth, hasColors } = require('internal/tty');

const binding = internalBinding('tty_wrap');
const UV_EINVAL = -22;

function isatty(fd) {
  return NumberIsInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isTTY(fd);
}

function checkFd(fd) {
  if (!NumberIsInteger(fd) || fd < 0 || fd > 2147483647) throw new ERR_INVALID_FD(fd);
  if (!binding.isTTY(fd)) {
    throw new ERR_TTY_INIT_FAILED({
      errno: UV_EINVAL, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init',
    });
  }
}

// Reads fd into the stream while the stream wants data.
function attachReader(stream, fd) {
  const { Buffer } = require('buffer');
  let reading = false;
  let stopped = true;
  const onChunk = (chunk) => {
    if (!stream.push(chunk)) stop();
  };
  const onEof = () => {
    reading = false;
    stream.push(null);
  };
  const onError = (err) => {
    reading = false;
    stream.destroy(err);
  };
  let start;
  let stop;
  if (fd === 0) {
    const handle = internalBinding('stream_wrap');
    start = () => {
      if (reading) return;
      reading = true;
      handle.stdinReadStart((chunk, errno) => {
        if (errno !== 0) onError(errnoException(errno, 'read'));
        else if (chunk === null) onEof();
        else onChunk(Buffer.from(new ArrayBuffer(chunk)));
      });
    };
    stop = () => {
      if (!reading) return;
      reading = false;
      handle.stdinReadStop();
    };
  } else {
    // Other terminal fds: one fs.read at a time on the blocking pool.
    const fs = require('fs');
    const readOnce = () => {
      const buf = Buffer.allocUnsafe(64 * 1024);
      fs.read(fd, buf, 0, buf.length, null, (err, n) => {
        if (err) return onError(err);
        if (n === 0) return onEof();
        onChunk(buf.subarray(0, n));
        if (!stopped) readOnce();
        else reading = false;
      });
    };
    start = () => {
      stopped = false;
      if (reading) return;
      reading = true;
      readOnce();
    };
    stop = () => { stopped = true; };
  }
  stream._read = start;
  stream._readStop = stop;
  stream.on('pause', () => process.nextTick(() => {
    if (stream.isPaused()) stop();
  }));
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkFd(fd);
  FunctionPrototypeCall(Readable, this, {
    highWaterMark: 64 * 1024,
    ...options,
    destroy(err, cb) {
      this._readStop();
      if (this.isRaw) this.setRawMode(false);
      cb(err);
    },
  });
  this.fd = fd;
  this.isRaw = false;
  this.isTTY = true;
  attachReader(this, fd);
}
ObjectSetPrototypeOf(ReadStream.prototype, Readable.prototype);
ObjectSetPrototypeOf(ReadStream, Readable);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const err = binding.setRawMode(this.fd, flag);
  if (err) {
    this.emit('error', errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function writeChunk(fd, chunk, encoding) {
  const fsBinding = internalBinding('fs');
  const ctx = {};
  if (typeof chunk === 'string') {
    if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
      chunk = require('buffer').Buffer.from(chunk, encoding);
    } else {
      fsBinding.writeString(fd, chunk, ctx);
      return ctx;
    }
  }
  fsBinding.writeBuffer(fd, chunk.buffer, chunk.byteOffset, chunk.byteLength, ctx);
  return ctx;
}

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkFd(fd);
  FunctionPrototypeCall(Writable, this, {
    decodeStrings: false,
    write(chunk, encoding, cb) {
      const ctx = writeChunk(fd, chunk, encoding);
      if (ctx.code !== undefined) {
        const { uvException } = require('internal/errors');
        cb(uvException(ctx));
        return;
      }
      cb();
    },
  });
  this.fd = fd;
  this._type = 'tty';
  const size = binding.getWindowSize(fd);
  if (size) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
ObjectSetPrototypeOf(WriteStream.prototype, Writable.prototype);
ObjectSetPrototypeOf(WriteStream, Writable);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// Re-reads the window size and emits 'resize' when it changed (on SIGWINCH for stdio).
WriteStream.prototype._refreshSize = function() {
  const oldCols = this.columns;
  const oldRows = this.rows;
  const size = binding.getWindowSize(this.fd);
  if (!size) {
    this.emit('error', errnoException(UV_EINVAL, 'getWindowSize'));
    return;
  }
  const { 0: newCols, 1: newRows } = size;
  if (oldCols !== newCols || oldRows !== newRows) {
    this.columns = newCols;
    this.rows = newRows;
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function(x, y, cb) {
  return require('internal/readline/callbacks').cursorTo(this, x, y, cb);
};
WriteStream.prototype.moveCursor = function(dx, dy, cb) {
  return require('internal/readline/callbacks').moveCursor(this, dx, dy, cb);
};
WriteStream.prototype.clearLine = function(dir, cb) {
  return require('internal/readline/callbacks').clearLine(this, dir, cb);
};
WriteStream.prototype.clearScreenDown = function(cb) {
  return require('internal/readline/callbacks').clearScreenDown(this, cb);
};
WriteStream.prototype.getWindowSize = function() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
