'use strict';
// stream.Readable: the buffer between a source (_read/push) and its consumers
// ('data' in flowing mode, 'readable' + read(n) in paused mode, pipe(), async
// iteration). Event timing follows Node: 'readable', 'end' and resume are each
// scheduled with process.nextTick.

const {
  ArrayBufferIsView,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  NumberIsInteger,
  NumberIsNaN,
  NumberParseInt,
  ObjectDefineProperties,
  ObjectKeys,
  ObjectSetPrototypeOf,
  Promise,
  ReflectApply,
  SafeSet,
  StringPrototypeSlice,
  Symbol,
  SymbolAsyncIterator,
  TypedArrayPrototypeSet,
  Uint8Array,
} = primordials;

module.exports = Readable;
Readable.ReadableState = ReadableState;

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const {
  getHighWaterMark,
  getDefaultHighWaterMark,
} = require('internal/streams/state');
const {
  SymbolAsyncDispose,
  isBuffer,
  isEncoding,
  isUint8Array,
  kOnConstructed,
  lazyBuffer,
  nop,
  uint8ArrayToBuffer,
} = require('internal/streams/utils');
const {
  AbortError,
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const { errorOrDestroy } = destroyImpl;
const kPaused = Symbol('kPaused');

ObjectSetPrototypeOf(Readable.prototype, Stream.prototype);
ObjectSetPrototypeOf(Readable, Stream);

let Duplex;
function lazyDuplex() {
  Duplex ??= require('internal/streams/duplex');
  return Duplex;
}

let StringDecoder;
function newDecoder(encoding) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  return new StringDecoder(encoding);
}

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();

  // Object mode: each push() is one item, whatever its type or size.
  this.objectMode = !!(options?.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options?.readableObjectMode);

  // Bytes (or items) buffered before _read() is no longer called.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // Chunks waiting for a consumer; entries before bufferIndex are consumed.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.awaitDrainWriters = null;

  // null: no consumer yet; true: flowing; false: explicitly paused.
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  // True while inside _read(): a push() there must not emit synchronously.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this[kPaused] = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = 'utf8';
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;

  if (options?.defaultEncoding != null) {
    if (!isEncoding(options.defaultEncoding)) {
      throw new ERR_UNKNOWN_ENCODING(options.defaultEncoding);
    }
    this.defaultEncoding = options.defaultEncoding;
  }
  if (options?.encoding) {
    this.decoder = newDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

ObjectDefineProperties(ReadableState.prototype, {
  pipesCount: {
    __proto__: null,
    get() { return this.pipes.length; },
  },
  // Legacy view of the explicit pause flag.
  paused: {
    __proto__: null,
    get() { return this[kPaused] === true; },
    set(value) { this[kPaused] = !!value; },
  },
});

ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (this.needReadable) maybeReadMore(stream, this);
};

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  const isDuplex = this instanceof lazyDuplex();
  this._readableState = new ReadableState(options, this, isDuplex);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  }

  FunctionPrototypeCall(Stream, this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
    });
  }
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
};

// ---- the buffer ----

function bufferShift(state) {
  const buf = state.buffer;
  const chunk = buf[state.bufferIndex];
  buf[state.bufferIndex++] = null;
  if (state.bufferIndex === buf.length) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (state.bufferIndex > 1024 && state.bufferIndex * 2 > buf.length) {
    ArrayPrototypeSplice(buf, 0, state.bufferIndex);
    state.bufferIndex = 0;
  }
  return chunk;
}

function bufferClear(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}

// push() adds at the end, unshift() at the front.
Readable.prototype.push = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;

  let err;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        const B = lazyBuffer();
        if (addToFront && state.encoding) {
          // Keep the buffer homogeneous: re-encode to the decoder's encoding.
          chunk = B.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = B.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (isUint8Array(chunk) && isBuffer(chunk)) {
      encoding = '';
    } else if (chunk != null && typeof chunk === 'object' && ArrayBufferIsView(chunk)) {
      chunk = uint8ArrayToBuffer(chunk);
      encoding = '';
    } else if (chunk != null) {
      err = new ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  if (err) {
    errorOrDestroy(stream, err);
  } else if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) {
        errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if (state.ended) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) {
          addChunk(stream, state, chunk, false);
        } else {
          maybeReadMore(stream, state);
        }
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }

  // More may be pushed while below highWaterMark (or while empty).
  return !state.ended &&
    (state.length < state.highWaterMark || state.length === 0);
}


function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync &&
      stream.listenerCount('data') > 0) {
    // Straight to the consumer, skipping the buffer.
    if (state.multiAwaitDrain) {
      state.awaitDrainWriters.clear();
    } else {
      state.awaitDrainWriters = null;
    }
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) {
      if (state.bufferIndex > 0) {
        state.buffer[--state.bufferIndex] = chunk;
      } else {
        ArrayPrototypeUnshift(state.buffer, chunk);
      }
    } else {
      ArrayPrototypePush(state.buffer, chunk);
    }
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  const decoder = newDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  // The decoder knows the canonical name ('utf8' for 'UTF-8').
  state.encoding = decoder.encoding;

  // Re-decode what is already buffered.
  let content = '';
  const buf = state.buffer;
  for (let i = state.bufferIndex; i < buf.length; i++) {
    content += decoder.write(buf[i]);
  }
  bufferClear(state);
  if (content !== '') ArrayPrototypePush(state.buffer, content);
  state.length = content.length;
  return this;
};

// Largest highWaterMark read(n) may raise it to.
const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) {
    throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  }
  // Round up to the next power of 2, to avoid raising it many times.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// How much read(n) returns, given what is buffered.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (NumberIsNaN(n)) {
    // read(): the first chunk when flowing, else everything.
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) {
    n = NaN;
  } else if (!NumberIsInteger(n)) {
    n = NumberParseInt(n, 10);
  }
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);

  if (n !== 0) state.emittedReadable = false;

  // read(0) only triggers 'readable' (or 'end') when there is something to report.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ?
        state.length >= state.highWaterMark :
        state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) {
      endReadable(this);
    } else {
      emitReadable(this);
    }
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask the source for more when the buffer would drop below highWaterMark.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push() may have changed what can be returned.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret;
  if (n > 0) {
    ret = fromList(n, state);
  } else {
    ret = null;
  }

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) {
      state.awaitDrainWriters.clear();
    } else {
      state.awaitDrainWriters = null;
    }
  }

  if (state.length === 0) {
    // Nothing left: get 'readable' when something arrives.
    if (!state.ended) state.needReadable = true;
    // Read the last bytes of an ended stream: 'end' follows.
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }

  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk?.length) {
      ArrayPrototypePush(state.buffer, chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;

  if (state.sync) {
    // Inside _read(): defer, the caller is still reading.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

// 'readable' is emitted at most once per tick, on the next tick.
function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Ask for the next 'readable' while paused and below highWaterMark. (Node 24
  // only ever sets the flag here; it is not cleared.)
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) {
    state.needReadable = true;
  }
  flow(stream);
}

// Keep the buffer filled up to highWaterMark, asynchronously.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark ||
          (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break; // Nothing came synchronously.
  }
  state.readingMore = false;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    // A second destination: track every writer we wait on.
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new SafeSet(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }

  ArrayPrototypePush(state.pipes, dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;

  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) {
    process.nextTick(endFn);
  } else {
    src.once('end', endFn);
  }

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src) {
      if (unpipeInfo && unpipeInfo.hasUnpiped === false) {
        unpipeInfo.hasUnpiped = true;
        cleanup();
      }
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);

    cleanedUp = true;

    // Unblock the source if it was waiting for this destination's 'drain'.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && ArrayPrototypeIndexOf(state.pipes, dest) !== -1) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    const ret = dest.write(chunk);
    if (ret === false) pause();
  }

  // An error on the destination unpipes; it is rethrown only if the
  // destination has no other 'error' listener.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) {
        errorOrDestroy(dest, er);
      } else {
        dest.emit('error', er);
      }
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if (!state.flowing) {
    src.resume();
  }

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  const unpipeInfo = { hasUnpiped: false };

  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) {
      dests[i].emit('unpipe', this, { hasUnpiped: false });
    }
    return this;
  }

  const index = ArrayPrototypeIndexOf(state.pipes, dest);
  if (index === -1) return this;

  ArrayPrototypeSplice(state.pipes, index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

// Adding 'data' starts flowing; adding 'readable' switches to paused mode.
Readable.prototype.on = function(ev, fn) {
  const res = FunctionPrototypeCall(Stream.prototype.on, this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    // A removed 'readable' listener is accounted for on the next tick
    // (updateReadableListening), not here.
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) {
        emitReadable(this);
      } else if (!state.reading) {
        process.nextTick(nReadingNextTick, this);
      }
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = FunctionPrototypeCall(Stream.prototype.removeListener, this, ev, fn);
  if (ev === 'readable') {
    // After the current tick: a 'readable' listener may be re-added.
    process.nextTick(updateReadableListening, this);
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = ReflectApply(Stream.prototype.removeAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) {
    process.nextTick(updateReadableListening, this);
  }
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;

  if (state.resumeScheduled && state[kPaused] === false) {
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

// Switch to flowing mode (unless a 'readable' listener holds it paused).
Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    state.flowing = !state.readableListening;
    resume(this, state);
  }
  state[kPaused] = false;
  return this;
};

function resume(stream, state) {
  if (!state.resumeScheduled) {
    state.resumeScheduled = true;
    process.nextTick(resume_, stream, state);
  }
}

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Drive an old-style (streams1) stream through this Readable.
Readable.prototype.wrap = function(stream) {
  const state = this._readableState;
  let paused = false;

  stream.on('data', (chunk) => {
    if (state.decoder) chunk = state.decoder.write(chunk);
    if (state.objectMode && (chunk === null || chunk === undefined)) return;
    if (!state.objectMode && (!chunk || !chunk.length)) return;
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });

  stream.on('end', () => {
    this.push(null);
  });

  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });

  stream.on('close', () => {
    this.destroy();
  });

  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Proxy the wrapped stream's own methods.
  const streamKeys = ObjectKeys(stream);
  for (let j = 0; j < streamKeys.length; j++) {
    const i = streamKeys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') {
      this[i] = FunctionPrototypeBind(stream[i], stream);
    }
  }

  return this;
};

Readable.prototype[SymbolAsyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;

  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }

  stream.on('readable', next);

  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? destroyImpl.aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = destroyImpl.aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// ---- accessors (names are public API that npm packages read) ----
ObjectDefineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      // r.readable === false means the readable side was disabled (Duplex).
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      return !!(
        this._readableState.readable !== false &&
        (this._readableState.destroyed || this._readableState.errored) &&
        !this._readableState.endEmitted
      );
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    __proto__: null,
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

// Take n bytes (or one object) from the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;

  const buf = state.buffer;
  let ret;
  if (state.objectMode) {
    ret = bufferShift(state);
  } else if (!n || n >= state.length) {
    // Everything.
    const count = buf.length - state.bufferIndex;
    if (state.decoder) {
      ret = state.bufferIndex === 0 ?
        ArrayPrototypeJoin(buf, '') :
        ArrayPrototypeJoin(ArrayPrototypeSplice(buf, state.bufferIndex), '');
    } else if (count === 1) {
      ret = buf[state.bufferIndex];
    } else {
      ret = concatBuffers(buf, state.bufferIndex, state.length);
    }
    bufferClear(state);
  } else {
    ret = consumeFromList(n, state);
  }
  return ret;
}

function concatBuffers(buf, start, length) {
  const B = lazyBuffer();
  const out = B.allocUnsafe(length);
  let offset = 0;
  for (let i = start; i < buf.length; i++) {
    TypedArrayPrototypeSet(out, buf[i], offset);
    offset += buf[i].length;
  }
  return out;
}

// Part of the buffer: n is less than state.length.
function consumeFromList(n, state) {
  const buf = state.buffer;
  const first = buf[state.bufferIndex];
  if (n < first.length) {
    // Part of the first chunk.
    if (typeof first === 'string') {
      buf[state.bufferIndex] = StringPrototypeSlice(first, n);
      return StringPrototypeSlice(first, 0, n);
    }
    buf[state.bufferIndex] = first.slice(n);
    return first.slice(0, n);
  }
  if (n === first.length) return bufferShift(state);

  // Across chunks.
  if (typeof first === 'string') {
    let ret = '';
    while (n > 0) {
      const str = buf[state.bufferIndex];
      if (n >= str.length) {
        ret += str;
        n -= str.length;
        bufferShift(state);
      } else {
        ret += StringPrototypeSlice(str, 0, n);
        buf[state.bufferIndex] = StringPrototypeSlice(str, n);
        n = 0;
      }
    }
    return ret;
  }
  const ret = lazyBuffer().allocUnsafe(n);
  let offset = 0;
  while (n > 0) {
    const data = buf[state.bufferIndex];
    if (n >= data.length) {
      TypedArrayPrototypeSet(ret, data, offset);
      offset += data.length;
      n -= data.length;
      bufferShift(state);
    } else {
      TypedArrayPrototypeSet(ret, new Uint8Array(data.buffer, data.byteOffset, n), offset);
      buf[state.bufferIndex] = data.slice(n);
      n = 0;
    }
  }
  return ret;
}

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  // Nothing may have been unshifted, nor any error happened, meanwhile.
  if (!state.errored && !state.closeEmitted &&
      !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // Destroy once both sides are done.
      const wState = stream._writableState;
      const autoDestroy = !wState || (
        wState.autoDestroy &&
        (wState.finished || wState.writable === false)
      );
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable.from = function(iterable, opts) {
  return require('internal/streams/from')(Readable, iterable, opts);
};

Readable.fromWeb = function(readableStream, options) {
  return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

Readable._fromList = fromList;

// ---- operators: map(), filter(), toArray() & co. (loaded on first use) ----
let operators;
function lazyOperators() {
  operators ??= require('internal/streams/operators');
  return operators;
}

Readable.prototype.compose = function compose(stream, options) {
  return lazyOperators().compose.call(this, stream, options);
};

// Plain functions (not methods), so that `new` reaches the check.
function nameAndLength(fn, name, length) {
  ObjectDefineProperties(fn, {
    name: { __proto__: null, value: name },
    length: { __proto__: null, value: length },
  });
  return fn;
}

function defineStreamReturning(name, length) {
  Readable.prototype[name] = nameAndLength(function(...args) {
    if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
    return Readable.from(ReflectApply(lazyOperators().streamReturningOperators[name], this, args));
  }, name, length);
}

function definePromiseReturning(name, length) {
  Readable.prototype[name] = nameAndLength(function(...args) {
    if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
    return ReflectApply(lazyOperators().promiseReturningOperators[name], this, args);
  }, name, length);
}

defineStreamReturning('drop', 1);
defineStreamReturning('filter', 2);
defineStreamReturning('flatMap', 2);
defineStreamReturning('map', 2);
defineStreamReturning('take', 1);
definePromiseReturning('every', 2);
definePromiseReturning('forEach', 2);
definePromiseReturning('reduce', 3);
definePromiseReturning('toArray', 1);
definePromiseReturning('some', 2);
definePromiseReturning('find', 2);
