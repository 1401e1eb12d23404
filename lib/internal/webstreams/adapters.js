'use strict';
// Bridges between Node streams and WHATWG streams: Readable/Writable/Duplex .toWeb and
// .fromWeb. Backpressure crosses the bridge: a web stream with no room pauses the Node
// readable; a Node writable that wants a drain holds the web write promise.

const {
  PromisePrototypeThen,
  PromiseResolve,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE },
} = require('internal/errors');
const { deferred, settle } = require('internal/webstreams/util');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');

function lazyStream() {
  return require('stream');
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  const { Readable, finished } = lazyStream();
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  const objectMode = streamReadable.readableObjectMode;
  const hwm = streamReadable.readableHighWaterMark;
  const strategy = options.strategy ?? (objectMode ?
    new CountQueuingStrategy({ highWaterMark: hwm }) :
    { highWaterMark: hwm, size: (chunk) => chunk.byteLength ?? chunk.length });

  if (streamReadable.destroyed || Readable.prototype === undefined) {
    return new ReadableStream({ start(c) { c.close(); } });
  }
  let controller;
  let done = false;
  function onData(chunk) {
    if (done) return;
    if (!objectMode && typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      chunk = new Uint8Array(chunk);
    } else if (!objectMode && chunk instanceof Uint8Array && chunk.constructor !== Uint8Array) {
      // Buffers become plain Uint8Arrays, as Node hands them out.
      chunk = new Uint8Array(chunk);
    }
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  function onFinished(err) {
    if (done) return;
    done = true;
    streamReadable.removeListener('data', onData);
    if (err && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      controller.error(err);
      return;
    }
    if (err) {
      controller.error(err);
      return;
    }
    controller.close();
  }
  streamReadable.pause();
  const cleanup = finished(streamReadable, onFinished);
  streamReadable.on('data', onData);
  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) {
      done = true;
      cleanup();
      streamReadable.removeListener('data', onData);
      streamReadable.destroy(reason);
    },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  const { Readable } = lazyStream();
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      PromisePrototypeThen(reader.read(), (chunk) => {
        if (chunk.done) readable.push(null);
        else readable.push(chunk.value);
      }, (error) => readable.destroy(error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        PromisePrototypeThen(reader.cancel(error), done, done);
        return;
      }
      done();
    },
  });
  PromisePrototypeThen(reader.closed, () => { closed = true; }, (error) => {
    closed = true;
    readable.destroy(error);
  });
  return readable;
}

function newWritableStreamFromStreamWritable(streamWritable) {
  const { finished } = lazyStream();
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  let controller;
  let backpressure;
  let closed;
  const objectMode = streamWritable.writableObjectMode;
  const hwm = streamWritable.writableHighWaterMark;
  const strategy = objectMode ? new CountQueuingStrategy({ highWaterMark: hwm }) :
    { highWaterMark: hwm, size: (chunk) => chunk?.byteLength ?? 1 };
  function onDrain() {
    if (backpressure !== undefined) {
      const d = backpressure;
      backpressure = undefined;
      settle(d, true, undefined);
    }
  }
  const cleanup = finished(streamWritable, (error) => {
    streamWritable.removeListener('drain', onDrain);
    if (error != null) {
      if (backpressure !== undefined) settle(backpressure, false, error);
      if (closed !== undefined) {
        settle(closed, false, error);
        closed = undefined;
        return;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      settle(closed, true, undefined);
      closed = undefined;
      return;
    }
    controller.error(new ERR_INVALID_STATE.TypeError('The Node stream finished before the web stream'));
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = deferred();
        return backpressure.promise;
      }
    },
    abort(reason) {
      cleanup();
      streamWritable.destroy(reason);
    },
    close() {
      if (closed === undefined && !streamWritable.writableEnded) {
        closed = deferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return PromiseResolve();
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  const { Writable } = lazyStream();
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = require('buffer').Buffer.from(chunk, encoding);
      }
      PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(writer.write(chunk),
        () => callback(), (error) => callback(error)), (error) => callback(error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      if (!closed) {
        if (error != null) PromisePrototypeThen(writer.abort(error), done, done);
        else PromisePrototypeThen(writer.close(), done, done);
        return;
      }
      done();
    },
    final(callback) {
      if (!closed) {
        PromisePrototypeThen(writer.close(), () => callback(), (error) => callback(error));
        return;
      }
      callback();
    },
  });
  PromisePrototypeThen(writer.closed, () => { closed = true; }, (error) => {
    closed = true;
    writable.destroy(error);
  });
  return writable;
}

function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._readableState !== 'object' || typeof duplex?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  return {
    readable: newReadableStreamFromStreamReadable(duplex),
    writable: newWritableStreamFromStreamWritable(duplex),
  };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  const { Duplex } = lazyStream();
  const { allowHalfOpen = false, decodeStrings = true, encoding, highWaterMark, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  const writer = writableStream.getWriter();
  let writableClosed = false;
  let readableClosed = false;
  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    write(chunk, enc, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = require('buffer').Buffer.from(chunk, enc);
      }
      PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(writer.write(chunk),
        () => callback(), (error) => callback(error)), (error) => callback(error));
    },
    final(callback) {
      PromisePrototypeThen(writer.close(), () => callback(), (error) => callback(error));
    },
    read() {
      PromisePrototypeThen(reader.read(), (chunk) => {
        if (chunk.done) duplex.push(null);
        else duplex.push(chunk.value);
      }, (error) => duplex.destroy(error));
    },
    destroy(error, callback) {
      const done = () => {
        try {
          callback(error);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
      };
      const pending = [];
      if (!writableClosed) pending.push(error != null ? writer.abort(error) : writer.close());
      if (!readableClosed) pending.push(reader.cancel(error));
      if (pending.length === 0) {
        done();
        return;
      }
      PromisePrototypeThen(Promise.allSettled(pending), done, done);
    },
  });
  PromisePrototypeThen(writer.closed, () => { writableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    duplex.destroy(error);
  });
  PromisePrototypeThen(reader.closed, () => { readableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    duplex.destroy(error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
  newStreamReadableFromReadableStream,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
};
