'use strict';
// process.stdout/stderr: Writable streams that write synchronously (files, TTYs and pipes are
// synchronous on Linux in Node), and process.stdin (read on its own thread).

const pm = internalBinding('process_methods');
const fsBinding = internalBinding('fs');

function writeChunk(fd, chunk, encoding) {
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

function createWritableStdioStream(fd) {
  let stream;
  if (pm.isatty(fd)) {
    // A terminal: a tty.WriteStream (columns/rows, colours, cursor helpers, 'resize').
    const tty = require('tty');
    stream = new tty.WriteStream(fd);
    watchWindowSize(stream);
  } else {
    const { Writable } = require('stream');
    stream = new Writable({
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
    stream.fd = fd;
    stream._type = 'fs';
  }
  stream._isStdio = true;
  // stdio is never closed by end()/destroy(), as in Node.
  stream.destroySoon = stream.destroy;
  stream._destroy = (err, cb) => cb(err);
  return stream;
}

// SIGWINCH re-reads the terminal size so 'resize' fires, as Node does for stdio TTYs. A JVM
// that cannot watch the signal just never resizes.
function watchWindowSize(stream) {
  try {
    process.on('SIGWINCH', () => stream._refreshSize());
  } catch {
    // the signal is not available to this process
  }
}

// process.stdin: a Readable over fd 0 that reads only while its buffer has room (a paused
// stdin stops reading, so the process may exit, as Node's does).
function createStdin() {
  if (pm.isatty(0)) {
    const tty = require('tty');
    return new tty.ReadStream(0);
  }
  const { Readable } = require('stream');
  const { Buffer } = require('buffer');
  const handle = internalBinding('stream_wrap');
  let reading = false;
  function stopReading() {
    if (reading) {
      reading = false;
      handle.stdinReadStop();
    }
  }
  function onRead(chunk, errno) {
    if (errno !== 0) {
      reading = false;
      const { errnoException } = require('internal/errors');
      stdin.destroy(errnoException(errno, 'read'));
    } else if (chunk === null) {
      reading = false;
      stdin.push(null);
    } else if (!stdin.push(Buffer.from(new ArrayBuffer(chunk)))) {
      stopReading();
    }
  }
  const stdin = new Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (!reading) {
        reading = true;
        handle.stdinReadStart(onRead);
      }
    },
    destroy(err, cb) {
      stopReading();
      cb(err);
    },
  });
  stdin.fd = 0;
  stdin.on('pause', () => process.nextTick(() => {
    if (stdin.isPaused()) stopReading();
  }));
  return stdin;
}

module.exports = { createStdin, createWritableStdioStream };
