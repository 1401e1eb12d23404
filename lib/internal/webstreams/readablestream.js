'use strict';
// ReadableStream (default and byte sources), its readers and controllers, tee, pipeTo,
// async iteration and ReadableStream.from, following the Streams Standard's algorithms.
// Spec slots live in one object per instance (util.kState); algorithm names follow the
// standard so the code can be checked against it.

const {
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeSlice,
  ArrayBufferPrototypeTransfer,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ObjectDefineProperties,
  ObjectGetPrototypeOf,
  ObjectSetPrototypeOf,
  Promise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  ReflectApply,
  SymbolAsyncIterator,
  SymbolIterator,
  SymbolToStringTag,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSet,
  Uint8Array,
} = primordials;

const {
  AbortError,
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  deferred,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  kState,
  markHandled,
  promiseCall,
  resetQueue,
  settle,
  slots,
  then,
} = require('internal/webstreams/util');

const kRS = 'ReadableStream';
const kDefaultReader = 'ReadableStreamDefaultReader';
const kBYOBReader = 'ReadableStreamBYOBReader';
const kDefaultController = 'ReadableStreamDefaultController';
const kByteController = 'ReadableByteStreamController';
const kBYOBRequest = 'ReadableStreamBYOBRequest';
const kConstruct = Symbol('construct');
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const { queueMicrotask } = require('internal/process/task_queues');

let writableStream;
function lazyWritable() {
  writableStream ??= require('internal/webstreams/writablestream');
  return writableStream;
}

function rsSlots(obj, name = 'ReadableStream') {
  const s = slots(obj, kRS);
  if (s === undefined) throw new ERR_INVALID_THIS(name);
  return s;
}

function isReadableStream(obj) {
  return slots(obj, kRS) !== undefined;
}

class ReadableStream {
  constructor(underlyingSource = undefined, strategy = undefined) {
    if (underlyingSource === kConstruct) {
      initializeReadableStream(this);
      return;
    }
    if (underlyingSource !== undefined && underlyingSource !== null &&
        typeof underlyingSource !== 'object' && typeof underlyingSource !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', underlyingSource);
    }
    if (strategy !== undefined && strategy !== null && typeof strategy !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    const source = underlyingSource ?? {};
    initializeReadableStream(this);
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy?.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size,
                                                   'must be undefined for byte streams');
      }
      const hwm = extractHighWaterMark(strategy, 0);
      setUpByteControllerFromSource(this, source, hwm);
    } else if (type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    } else {
      const size = extractSizeAlgorithm(strategy);
      const hwm = extractHighWaterMark(strategy, 1);
      setUpDefaultControllerFromSource(this, source, hwm, size);
    }
  }

  get locked() {
    return rsSlots(this).reader !== undefined;
  }

  cancel(reason = undefined) {
    const s = slots(this, kRS);
    if (s === undefined) return PromiseReject(new ERR_INVALID_THIS('ReadableStream'));
    if (s.reader !== undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    rsSlots(this);
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    rsSlots(this);
    const { writable, readable } = transform ?? {};
    if (!lazyWritable().isWritableStream(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const opts = pipeOptions(options);
    if (this.locked) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (writable.locked) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    markHandled(readableStreamPipeTo(this, writable, opts));
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      rsSlots(this);
      if (!lazyWritable().isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('destination', 'WritableStream', destination);
      }
      const opts = pipeOptions(options);
      if (this.locked) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      if (destination.locked) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, opts);
    } catch (err) {
      return PromiseReject(err);
    }
  }

  tee() {
    rsSlots(this);
    return readableStreamTee(this);
  }

  values(options = undefined) {
    rsSlots(this);
    const preventCancel = !!options?.preventCancel;
    const reader = new ReadableStreamDefaultReader(this);
    return createAsyncIterator(reader, preventCancel);
  }

  [SymbolAsyncIterator](options) {
    return this.values(options);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const s = rsSlots(this);
    const { inspect } = require('internal/util/inspect');
    return `ReadableStream ${inspect({
      locked: s.reader !== undefined,
      state: s.state,
      supportsBYOB: slots(s.controller, kByteController) !== undefined,
    }, options)}`;
  }
}
ObjectDefineProperties(ReadableStream.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'ReadableStream', configurable: true },
});

function pipeOptions(options) {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const signal = options.signal;
  if (signal !== undefined) {
    const { validateAbortSignal } = require('internal/validators');
    validateAbortSignal(signal, 'options.signal');
  }
  return {
    preventClose: !!options.preventClose,
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    signal,
  };
}

function initializeReadableStream(stream) {
  stream[kState] = {
    kind: kRS,
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  // stream.finished() watches web streams through this promise.
  stream[kIsClosedPromise] = deferred();
  markHandled(stream[kIsClosedPromise].promise);
}

// Streams made by the runtime itself (tee branches, from(), adapters).
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm = 1, size = () => 1) {
  const stream = new ReadableStream(kConstruct);
  const controller = new ReadableStreamDefaultController(kConstruct);
  setUpDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, size);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = new ReadableStream(kConstruct);
  const controller = new ReadableByteStreamController(kConstruct);
  setUpByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

// ---- Stream-level algorithms ----

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return PromiseResolve();
  if (s.state === 'errored') return PromiseReject(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  const r = reader === undefined ? undefined : reader[kState];
  if (r !== undefined && r.kind === kBYOBReader) {
    const requests = r.readIntoRequests;
    r.readIntoRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].close(undefined);
  }
  const sourceCancel = s.controller[kState].cancelSteps(reason);
  return then(sourceCancel, () => undefined);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  settle(stream[kIsClosedPromise], true, undefined);
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  settle(r.closed, true, undefined);
  if (r.kind === kDefaultReader) {
    const requests = r.readRequests;
    r.readRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].close();
  }
}

function readableStreamError(stream, e) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = e;
  settle(stream[kIsClosedPromise], false, e);
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  settle(r.closed, false, e);
  markHandled(r.closed.promise);
  if (r.kind === kDefaultReader) {
    const requests = r.readRequests;
    r.readRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].error(e);
  } else {
    const requests = r.readIntoRequests;
    r.readIntoRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].error(e);
  }
}

function readableStreamAddReadRequest(stream, request) {
  ArrayPrototypePush(stream[kState].reader[kState].readRequests, request);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const r = stream[kState].reader[kState];
  const request = ArrayPrototypeShift(r.readRequests);
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  const reader = stream[kState].reader;
  if (reader === undefined) return 0;
  const r = reader[kState];
  return r.kind === kDefaultReader ? r.readRequests.length : 0;
}

function readableStreamGetNumReadIntoRequests(stream) {
  const reader = stream[kState].reader;
  if (reader === undefined) return 0;
  const r = reader[kState];
  return r.kind === kBYOBReader ? r.readIntoRequests.length : 0;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kState].kind === kDefaultReader;
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kState].kind === kBYOBReader;
}

// ---- Readers ----

function readerGenericInitialize(reader, stream) {
  const r = reader[kState];
  const s = stream[kState];
  r.stream = stream;
  s.reader = reader;
  r.closed = deferred();
  if (s.state === 'readable') return;
  if (s.state === 'closed') {
    settle(r.closed, true, undefined);
  } else {
    settle(r.closed, false, s.storedError);
    markHandled(r.closed.promise);
  }
}

function readerGenericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const s = stream[kState];
  const err = new ERR_INVALID_STATE.TypeError('Reader released');
  if (s.state === 'readable') {
    settle(r.closed, false, err);
  } else {
    r.closed = deferred();
    settle(r.closed, false, err);
  }
  markHandled(r.closed.promise);
  s.controller[kState].releaseSteps();
  s.reader = undefined;
  r.stream = undefined;
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (stream[kState].reader !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    }
    this[kState] = { kind: kDefaultReader, stream: undefined, closed: undefined, readRequests: [] };
    readerGenericInitialize(this, stream);
  }

  read() {
    const r = slots(this, kDefaultReader);
    if (r === undefined) return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    if (r.stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const d = deferred();
    readableStreamDefaultReaderRead(this, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: () => d.resolve({ value: undefined, done: true }),
      error: (e) => d.reject(e),
    });
    return d.promise;
  }

  releaseLock() {
    const r = slots(this, kDefaultReader);
    if (r === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    if (r.stream === undefined) return;
    readerGenericRelease(this);
    const e = new ERR_INVALID_STATE.TypeError('Releasing reader');
    const requests = r.readRequests;
    r.readRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].error(e);
  }

  get closed() {
    const r = slots(this, kDefaultReader);
    if (r === undefined) return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    return r.closed.promise;
  }

  cancel(reason = undefined) {
    const r = slots(this, kDefaultReader);
    if (r === undefined) return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    if (r.stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }
}
ObjectDefineProperties(ReadableStreamDefaultReader.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'ReadableStreamDefaultReader', configurable: true },
});

function readableStreamDefaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') request.close();
  else if (s.state === 'errored') request.error(s.storedError);
  else s.controller[kState].pullSteps(request);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    if (stream[kState].reader !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    }
    if (slots(stream[kState].controller, kByteController) === undefined) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    this[kState] = { kind: kBYOBReader, stream: undefined, closed: undefined, readIntoRequests: [] };
    readerGenericInitialize(this, stream);
  }

  read(view, options = undefined) {
    const r = slots(this, kBYOBReader);
    if (r === undefined) return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (!ArrayBufferIsView(view)) {
      return PromiseReject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    const byteLength = viewByteLength(view);
    if (byteLength === 0) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (ArrayBufferPrototypeGetByteLength(viewBuffer(view)) === 0) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached'));
    }
    let min = 1;
    if (options?.min !== undefined) {
      min = +options.min;
      if (!(min > 0)) return PromiseReject(new ERR_INVALID_ARG_VALUE.TypeError('options.min', options.min));
      const elements = view instanceof DataView ? byteLength : view.length;
      if (min > elements) {
        return PromiseReject(new ERR_INVALID_ARG_VALUE.RangeError('options.min', options.min));
      }
    }
    if (r.stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const d = deferred();
    readableStreamBYOBReaderRead(this, view, min, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: (value) => d.resolve({ value, done: true }),
      error: (e) => d.reject(e),
    });
    return d.promise;
  }

  releaseLock() {
    const r = slots(this, kBYOBReader);
    if (r === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (r.stream === undefined) return;
    readerGenericRelease(this);
    const e = new ERR_INVALID_STATE.TypeError('Releasing reader');
    const requests = r.readIntoRequests;
    r.readIntoRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].error(e);
  }

  get closed() {
    const r = slots(this, kBYOBReader);
    if (r === undefined) return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    return r.closed.promise;
  }

  cancel(reason = undefined) {
    const r = slots(this, kBYOBReader);
    if (r === undefined) return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (r.stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }
}
ObjectDefineProperties(ReadableStreamBYOBReader.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'ReadableStreamBYOBReader', configurable: true },
});

function readableStreamBYOBReaderRead(reader, view, min, request) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'errored') request.error(s.storedError);
  else byteControllerPullInto(s.controller, view, min, request);
}

// ---- Default controller ----

class ReadableStreamDefaultController {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    const c = slots(this, kDefaultController);
    if (c === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    return defaultControllerGetDesiredSize(c);
  }

  close() {
    const c = slots(this, kDefaultController);
    if (c === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(c)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerClose(c);
  }

  enqueue(chunk = undefined) {
    const c = slots(this, kDefaultController);
    if (c === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(c)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    const c = slots(this, kDefaultController);
    if (c === undefined) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    defaultControllerError(c, e);
  }
}
ObjectDefineProperties(ReadableStreamDefaultController.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'ReadableStreamDefaultController', configurable: true },
});

function setUpDefaultController(stream, controller, start, pull, cancel, hwm, size) {
  const c = {
    kind: kDefaultController,
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: size,
    strategyHWM: hwm,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
    cancelSteps: undefined,
    pullSteps: undefined,
    releaseSteps: () => {},
  };
  c.cancelSteps = (reason) => {
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    defaultControllerClearAlgorithms(c);
    return result;
  };
  c.pullSteps = (request) => {
    if (c.queue.length > 0) {
      const chunk = dequeueValue(c);
      if (c.closeRequested && c.queue.length === 0) {
        defaultControllerClearAlgorithms(c);
        readableStreamClose(stream);
      } else {
        defaultControllerCallPullIfNeeded(c);
      }
      request.chunk(chunk);
    } else {
      readableStreamAddReadRequest(stream, request);
      defaultControllerCallPullIfNeeded(c);
    }
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  let startResult;
  try {
    startResult = start(controller);
  } catch (err) {
    defaultControllerClearAlgorithms(c);
    throw err;
  }
  then(PromiseResolve(startResult), () => {
    c.started = true;
    defaultControllerCallPullIfNeeded(c);
  }, (r) => defaultControllerError(c, r));
}

function setUpDefaultControllerFromSource(stream, source, hwm, size) {
  const controller = new ReadableStreamDefaultController(kConstruct);
  const { start, pull, cancel } = source;
  setUpDefaultController(stream, controller,
    start === undefined ? () => undefined : () => callMethod(start, source, [controller], 'source.start'),
    pull === undefined ? () => PromiseResolve() : () => promiseCall(checkFn(pull, 'source.pull'), source, [controller]),
    cancel === undefined ? () => PromiseResolve() : (reason) => promiseCall(checkFn(cancel, 'source.cancel'), source, [reason]),
    hwm, size);
}

function checkFn(fn, name) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', fn);
  return fn;
}

function callMethod(fn, thisArg, args, name) {
  checkFn(fn, name);
  return ReflectApply(fn, thisArg, args);
}

function defaultControllerCallPullIfNeeded(c) {
  if (!defaultControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  then(c.pullAlgorithm(c.stream[kState].controller), () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      defaultControllerCallPullIfNeeded(c);
    }
  }, (e) => defaultControllerError(c, e));
}

function defaultControllerShouldCallPull(c) {
  const stream = c.stream;
  if (!defaultControllerCanCloseOrEnqueue(c)) return false;
  if (!c.started) return false;
  if (stream[kState].reader !== undefined && readableStreamGetNumReadRequests(stream) > 0) return true;
  return defaultControllerGetDesiredSize(c) > 0;
}

function defaultControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function defaultControllerClose(c) {
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    defaultControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function defaultControllerEnqueue(c, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  const stream = c.stream;
  if (stream[kState].reader !== undefined && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = c.strategySizeAlgorithm(chunk);
    } catch (err) {
      defaultControllerError(c, err);
      throw err;
    }
    try {
      enqueueValueWithSize(c, chunk, size);
    } catch (err) {
      defaultControllerError(c, err);
      throw err;
    }
  }
  defaultControllerCallPullIfNeeded(c);
}

function defaultControllerError(c, e) {
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(c);
  defaultControllerClearAlgorithms(c);
  readableStreamError(stream, e);
}

function defaultControllerGetDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function defaultControllerHasBackpressure(c) {
  return !defaultControllerShouldCallPull(c);
}

function defaultControllerCanCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

// ---- Byte controller ----

function ArrayBufferIsView(v) {
  return ArrayBuffer.isView(v);
}
function viewBuffer(view) {
  return view instanceof DataView ? view.buffer : TypedArrayPrototypeGetBuffer(view);
}
function viewByteOffset(view) {
  return view instanceof DataView ? view.byteOffset : TypedArrayPrototypeGetByteOffset(view);
}
function viewByteLength(view) {
  return view instanceof DataView ? view.byteLength : TypedArrayPrototypeGetByteLength(view);
}
function elementSize(view) {
  return view instanceof DataView ? 1 : view.BYTES_PER_ELEMENT;
}

// The spec transfers buffers (detaching the caller's); structuredClone's transfer does that.
function transferArrayBuffer(buffer) {
  return ArrayBufferPrototypeTransfer(buffer);
}

function copyBytes(dest, destOffset, src, srcOffset, n) {
  TypedArrayPrototypeSet(new Uint8Array(dest, destOffset, n), new Uint8Array(src, srcOffset, n));
}

class ReadableStreamBYOBRequest {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    const r = slots(this, kBYOBRequest);
    if (r === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return r.view;
  }

  respond(bytesWritten) {
    const r = slots(this, kBYOBRequest);
    if (r === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    if (r.controller === undefined) throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    if (ArrayBufferPrototypeGetByteLength(viewBuffer(r.view)) === 0) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespond(r.controller, +bytesWritten);
  }

  respondWithNewView(view) {
    const r = slots(this, kBYOBRequest);
    if (r === undefined) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    if (!ArrayBufferIsView(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray', 'DataView'], view);
    if (r.controller === undefined) throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    byteControllerRespondWithNewView(r.controller, view);
  }
}
ObjectDefineProperties(ReadableStreamBYOBRequest.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'ReadableStreamBYOBRequest', configurable: true },
});

class ReadableByteStreamController {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    const c = slots(this, kByteController);
    if (c === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return byteControllerGetBYOBRequest(c);
  }

  get desiredSize() {
    const c = slots(this, kByteController);
    if (c === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return byteControllerGetDesiredSize(c);
  }

  close() {
    const c = slots(this, kByteController);
    if (c === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (c.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    byteControllerClose(c);
  }

  enqueue(chunk) {
    const c = slots(this, kByteController);
    if (c === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (!ArrayBufferIsView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (viewByteLength(chunk) === 0) throw new ERR_INVALID_ARG_VALUE('chunk', chunk, 'cannot be zero length');
    if (ArrayBufferPrototypeGetByteLength(viewBuffer(chunk)) === 0) {
      throw new ERR_INVALID_ARG_VALUE('chunk', chunk, 'cannot be a detached buffer');
    }
    if (c.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    byteControllerEnqueue(c, chunk);
  }

  error(e = undefined) {
    const c = slots(this, kByteController);
    if (c === undefined) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    byteControllerError(c, e);
  }
}
ObjectDefineProperties(ReadableByteStreamController.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'ReadableByteStreamController', configurable: true },
});

function setUpByteController(stream, controller, start, pull, cancel, hwm, autoAllocateChunkSize) {
  const c = {
    kind: kByteController,
    self: controller,
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategyHWM: hwm,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
    autoAllocateChunkSize,
    pendingPullIntos: [],
    byobRequest: null,
    cancelSteps: undefined,
    pullSteps: undefined,
    releaseSteps: undefined,
  };
  c.cancelSteps = (reason) => {
    byteControllerClearPendingPullIntos(c);
    resetQueue(c);
    const result = c.cancelAlgorithm(reason);
    byteControllerClearAlgorithms(c);
    return result;
  };
  c.pullSteps = (request) => {
    if (c.queueTotalSize > 0) {
      byteControllerFillReadRequestFromQueue(c, request);
      return;
    }
    if (c.autoAllocateChunkSize !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(c.autoAllocateChunkSize);
      } catch (err) {
        request.error(err);
        return;
      }
      ArrayPrototypePush(c.pendingPullIntos, {
        buffer, bufferByteLength: c.autoAllocateChunkSize, byteOffset: 0,
        byteLength: c.autoAllocateChunkSize, bytesFilled: 0, minimumFill: 1, elementSize: 1,
        viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    readableStreamAddReadRequest(stream, request);
    byteControllerCallPullIfNeeded(c);
  };
  c.releaseSteps = () => {
    if (c.pendingPullIntos.length > 0) {
      const first = c.pendingPullIntos[0];
      first.readerType = 'none';
      c.pendingPullIntos = [first];
    }
  };
  controller[kState] = c;
  stream[kState].controller = controller;
  const startResult = start(controller);
  then(PromiseResolve(startResult), () => {
    c.started = true;
    byteControllerCallPullIfNeeded(c);
  }, (r) => byteControllerError(c, r));
}

function setUpByteControllerFromSource(stream, source, hwm) {
  const controller = new ReadableByteStreamController(kConstruct);
  const { start, pull, cancel } = source;
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = +autoAllocateChunkSize;
    if (!(autoAllocateChunkSize > 0) || autoAllocateChunkSize % 1 !== 0) {
      throw new ERR_INVALID_ARG_VALUE.TypeError('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  setUpByteController(stream, controller,
    start === undefined ? () => undefined : () => callMethod(start, source, [controller], 'source.start'),
    pull === undefined ? () => PromiseResolve() : () => promiseCall(checkFn(pull, 'source.pull'), source, [controller]),
    cancel === undefined ? () => PromiseResolve() : (reason) => promiseCall(checkFn(cancel, 'source.cancel'), source, [reason]),
    hwm, autoAllocateChunkSize);
}

function byteControllerGetBYOBRequest(c) {
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kConstruct);
    request[kState] = { kind: kBYOBRequest, controller: c, view };
    c.byobRequest = request;
  }
  return c.byobRequest;
}

function byteControllerGetDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.strategyHWM - c.queueTotalSize;
}

function byteControllerCallPullIfNeeded(c) {
  if (!byteControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  then(c.pullAlgorithm(c.self), () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      byteControllerCallPullIfNeeded(c);
    }
  }, (e) => byteControllerError(c, e));
}

function byteControllerShouldCallPull(c) {
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return false;
  if (c.closeRequested) return false;
  if (!c.started) return false;
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(c) > 0;
}

function byteControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function byteControllerInvalidateBYOBRequest(c) {
  if (c.byobRequest === null) return;
  const r = c.byobRequest[kState];
  r.controller = undefined;
  r.view = null;
  c.byobRequest = null;
}

function byteControllerClearPendingPullIntos(c) {
  byteControllerInvalidateBYOBRequest(c);
  c.pendingPullIntos = [];
}

function byteControllerClose(c) {
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = new ERR_INVALID_STATE.TypeError('Partial read');
      byteControllerError(c, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(c);
  readableStreamClose(stream);
}

function byteControllerError(c, e) {
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(c);
  resetQueue(c);
  byteControllerClearAlgorithms(c);
  readableStreamError(stream, e);
}

function byteControllerEnqueue(c, chunk) {
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const buffer = viewBuffer(chunk);
  const byteOffset = viewByteOffset(chunk);
  const byteLength = viewByteLength(chunk);
  const transferred = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    byteControllerInvalidateBYOBRequest(c);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') byteControllerEnqueueDetachedPullIntoToQueue(c, first);
  }
  if (readableStreamHasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(c);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      byteControllerEnqueueChunkToQueue(c, transferred, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) byteControllerShiftPendingPullInto(c);
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    byteControllerEnqueueChunkToQueue(c, transferred, byteOffset, byteLength);
    byteControllerProcessPullIntosUsingQueue(c);
  } else {
    byteControllerEnqueueChunkToQueue(c, transferred, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(c);
}

function byteControllerEnqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  ArrayPrototypePush(c.queue, { buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function byteControllerEnqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = ArrayBufferPrototypeSlice(buffer, byteOffset, byteOffset + byteLength);
  } catch (err) {
    byteControllerError(c, err);
    throw err;
  }
  byteControllerEnqueueChunkToQueue(c, clone, 0, byteLength);
}

function byteControllerEnqueueDetachedPullIntoToQueue(c, pullInto) {
  if (pullInto.bytesFilled > 0) {
    byteControllerEnqueueClonedChunkToQueue(c, pullInto.buffer, pullInto.byteOffset, pullInto.bytesFilled);
  }
  byteControllerShiftPendingPullInto(c);
}

function byteControllerFillPullIntoFromQueue(c, pullInto) {
  const maxBytesToCopy = Math.min(c.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  while (totalBytesToCopyRemaining > 0) {
    const head = c.queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    copyBytes(pullInto.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      ArrayPrototypeShift(c.queue);
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    byteControllerFillHeadPullInto(c, bytesToCopy, pullInto);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerFillHeadPullInto(c, size, pullInto) {
  pullInto.bytesFilled += size;
}

function byteControllerFillReadRequestFromQueue(c, request) {
  const entry = ArrayPrototypeShift(c.queue);
  c.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(c);
  request.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerHandleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    byteControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  } else {
    byteControllerCallPullIfNeeded(c);
  }
}

function byteControllerProcessReadRequestsUsingQueue(c) {
  const reader = c.stream[kState].reader[kState];
  while (reader.readRequests.length > 0) {
    if (c.queueTotalSize === 0) return;
    const request = ArrayPrototypeShift(reader.readRequests);
    byteControllerFillReadRequestFromQueue(c, request);
  }
}

function byteControllerProcessPullIntosUsingQueue(c) {
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) return;
    const pullInto = c.pendingPullIntos[0];
    if (byteControllerFillPullIntoFromQueue(c, pullInto)) {
      byteControllerShiftPendingPullInto(c);
      byteControllerCommitPullIntoDescriptor(c.stream, pullInto);
    }
  }
}

function byteControllerShiftPendingPullInto(c) {
  return ArrayPrototypeShift(c.pendingPullIntos);
}

function convertPullIntoDescriptor(pullInto) {
  const elements = pullInto.bytesFilled / pullInto.elementSize;
  const Ctor = pullInto.viewConstructor;
  return Ctor === DataView ?
    new DataView(pullInto.buffer, pullInto.byteOffset, pullInto.bytesFilled) :
    new Ctor(pullInto.buffer, pullInto.byteOffset, elements);
}

function byteControllerCommitPullIntoDescriptor(stream, pullInto) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = convertPullIntoDescriptor(pullInto);
  if (pullInto.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    const r = stream[kState].reader[kState];
    const request = ArrayPrototypeShift(r.readIntoRequests);
    if (done) request.close(filledView);
    else request.chunk(filledView);
  }
}

function byteControllerPullInto(controller, view, min, request) {
  const c = controller[kState];
  const stream = c.stream;
  const elemSize = elementSize(view);
  const ctor = view.constructor;
  const minimumFill = min * elemSize;
  // Offsets first: transferring detaches the caller's view.
  const byteOffset = viewByteOffset(view);
  const byteLength = viewByteLength(view);
  let buffer;
  try {
    buffer = transferArrayBuffer(viewBuffer(view));
  } catch (err) {
    request.error(err);
    return;
  }
  const pullInto = {
    buffer, bufferByteLength: ArrayBufferPrototypeGetByteLength(buffer),
    byteOffset, byteLength, bytesFilled: 0,
    minimumFill, elementSize: elemSize, viewConstructor: ctor, readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    ArrayPrototypePush(c.pendingPullIntos, pullInto);
    ArrayPrototypePush(stream[kState].reader[kState].readIntoRequests, request);
    return;
  }
  if (stream[kState].state === 'closed') {
    const empty = ctor === DataView ? new DataView(pullInto.buffer, pullInto.byteOffset, 0) :
      new ctor(pullInto.buffer, pullInto.byteOffset, 0);
    request.close(empty);
    return;
  }
  if (c.queueTotalSize > 0) {
    if (byteControllerFillPullIntoFromQueue(c, pullInto)) {
      const filledView = convertPullIntoDescriptor(pullInto);
      byteControllerHandleQueueDrain(c);
      request.chunk(filledView);
      return;
    }
    if (c.closeRequested) {
      const e = new ERR_INVALID_STATE.TypeError('Partial read');
      byteControllerError(c, e);
      request.error(e);
      return;
    }
  }
  ArrayPrototypePush(c.pendingPullIntos, pullInto);
  ArrayPrototypePush(stream[kState].reader[kState].readIntoRequests, request);
  byteControllerCallPullIfNeeded(c);
}

function byteControllerRespond(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE.TypeError('bytesWritten', bytesWritten,
                                                'must be 0 for a closed stream');
    }
  } else {
    if (bytesWritten === 0) {
      throw new ERR_INVALID_ARG_VALUE.TypeError('bytesWritten', bytesWritten,
                                                'must be greater than 0 for a readable stream');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(c, bytesWritten);
}

function byteControllerRespondInternal(c, bytesWritten) {
  const first = c.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(c);
  const stream = c.stream;
  if (stream[kState].state === 'closed') {
    if (first.readerType === 'none') byteControllerShiftPendingPullInto(c);
    if (readableStreamHasBYOBReader(stream)) {
      while (readableStreamGetNumReadIntoRequests(stream) > 0) {
        const pullInto = byteControllerShiftPendingPullInto(c);
        byteControllerCommitPullIntoDescriptor(stream, pullInto);
      }
    }
  } else {
    byteControllerFillHeadPullInto(c, bytesWritten, first);
    if (first.readerType === 'none') {
      byteControllerEnqueueDetachedPullIntoToQueue(c, first);
      byteControllerProcessPullIntosUsingQueue(c);
    } else if (first.bytesFilled >= first.minimumFill) {
      byteControllerShiftPendingPullInto(c);
      const remainderSize = first.bytesFilled % first.elementSize;
      if (remainderSize > 0) {
        const end = first.byteOffset + first.bytesFilled;
        byteControllerEnqueueClonedChunkToQueue(c, first.buffer, end - remainderSize, remainderSize);
      }
      first.bytesFilled -= remainderSize;
      byteControllerCommitPullIntoDescriptor(stream, first);
      byteControllerProcessPullIntosUsingQueue(c);
    }
  }
  byteControllerCallPullIfNeeded(c);
}

function byteControllerRespondWithNewView(c, view) {
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  const byteLength = viewByteLength(view);
  if (state === 'closed') {
    if (byteLength !== 0) throw new ERR_INVALID_ARG_VALUE.TypeError('view', view, 'must be empty');
  } else if (byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE.TypeError('view', view, 'must not be empty');
  }
  if (first.byteOffset + first.bytesFilled !== viewByteOffset(view)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid offset');
  }
  if (first.bufferByteLength !== ArrayBufferPrototypeGetByteLength(viewBuffer(view))) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer length');
  }
  if (first.bytesFilled + byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too long');
  }
  first.buffer = transferArrayBuffer(viewBuffer(view));
  byteControllerRespondInternal(c, byteLength);
}

// ---- tee ----

function readableStreamTee(stream) {
  if (slots(stream[kState].controller, kByteController) !== undefined) {
    return readableByteStreamTee(stream);
  }
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();
  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return PromiseResolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) defaultControllerEnqueue(branch1[kState].controller[kState], chunk);
          if (!canceled2) defaultControllerEnqueue(branch2[kState].controller[kState], chunk);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) defaultControllerClose(branch1[kState].controller[kState]);
        if (!canceled2) defaultControllerClose(branch2[kState].controller[kState]);
        if (!canceled1 || !canceled2) settle(cancelPromise, true, undefined);
      },
      error() {
        reading = false;
      },
    });
    return PromiseResolve();
  }
  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      settle(cancelPromise, true, readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  }
  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      settle(cancelPromise, true, readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  }
  branch1 = createReadableStream(() => undefined, pullAlgorithm, cancel1);
  branch2 = createReadableStream(() => undefined, pullAlgorithm, cancel2);
  then(reader[kState].closed.promise, undefined, (r) => {
    defaultControllerError(branch1[kState].controller[kState], r);
    defaultControllerError(branch2[kState].controller[kState], r);
    if (!canceled1 || !canceled2) settle(cancelPromise, true, undefined);
  });
  return [branch1, branch2];
}

// Byte streams tee into two byte streams; each branch gets its own copy of every chunk.
function readableByteStreamTee(stream) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = deferred();
  const ctl = (branch) => branch[kState].controller[kState];
  function respondPending(branch) {
    const c = ctl(branch);
    if (c.pendingPullIntos.length > 0) byteControllerRespond(c, 0);
  }
  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return PromiseResolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const copy = new Uint8Array(ArrayBufferPrototypeSlice(TypedArrayPrototypeGetBuffer(chunk),
            TypedArrayPrototypeGetByteOffset(chunk),
            TypedArrayPrototypeGetByteOffset(chunk) + TypedArrayPrototypeGetByteLength(chunk)));
          if (!canceled1) byteControllerEnqueue(ctl(branch1), chunk);
          if (!canceled2) byteControllerEnqueue(ctl(branch2), copy);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) {
          byteControllerClose(ctl(branch1));
          respondPending(branch1);
        }
        if (!canceled2) {
          byteControllerClose(ctl(branch2));
          respondPending(branch2);
        }
        if (!canceled1 || !canceled2) settle(cancelPromise, true, undefined);
      },
      error() {
        reading = false;
      },
    });
    return PromiseResolve();
  }
  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) settle(cancelPromise, true, readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }
  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) settle(cancelPromise, true, readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }
  branch1 = createReadableByteStream(() => undefined, pullAlgorithm, cancel1);
  branch2 = createReadableByteStream(() => undefined, pullAlgorithm, cancel2);
  then(reader[kState].closed.promise, undefined, (r) => {
    byteControllerError(ctl(branch1), r);
    byteControllerError(ctl(branch2), r);
    if (!canceled1 || !canceled2) settle(cancelPromise, true, undefined);
  });
  return [branch1, branch2];
}

// ---- pipeTo ----

function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const W = lazyWritable();
  const reader = new ReadableStreamDefaultReader(source);
  const writer = W.acquireWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = PromiseResolve();
  const done = deferred();
  const srcState = () => source[kState];
  const dstState = () => dest[kState];

  let abortAlgorithm;
  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dstState().state === 'writable' ? W.writableStreamAbort(dest, error) : PromiseResolve()));
      }
      if (!preventCancel) {
        actions.push(() => (srcState().state === 'readable' ? readableStreamCancel(source, error) : PromiseResolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((a) => a())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { __proto__: null, once: true });
  }

  function waitForWritesToFinish() {
    const old = currentWrite;
    return then(currentWrite, () => (old !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function shutdownWithAction(action, hasError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doAction = () => {
      then(action(), () => finalize(hasError, originalError), (e) => finalize(true, e));
    };
    if (dstState().state === 'writable' && !W.writableStreamCloseQueuedOrInFlight(dest)) {
      then(waitForWritesToFinish(), doAction);
    } else {
      doAction();
    }
  }

  function shutdown(hasError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dstState().state === 'writable' && !W.writableStreamCloseQueuedOrInFlight(dest)) {
      then(waitForWritesToFinish(), () => finalize(hasError, error));
    } else {
      finalize(hasError, error);
    }
  }

  function finalize(hasError, error) {
    W.writerRelease(writer);
    reader.releaseLock();
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (hasError) settle(done, false, error);
    else settle(done, true, undefined);
  }

  // Errors and closes propagate forward and backward.
  function checkStates() {
    const ss = srcState();
    const ds = dstState();
    if (ss.state === 'errored') {
      if (!preventAbort) shutdownWithAction(() => W.writableStreamAbort(dest, ss.storedError), true, ss.storedError);
      else shutdown(true, ss.storedError);
      return true;
    }
    if (ds.state === 'errored' || ds.state === 'erroring') {
      const e = ds.storedError;
      if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, e), true, e);
      else shutdown(true, e);
      return true;
    }
    if (ss.state === 'closed') {
      if (!preventClose) shutdownWithAction(() => W.writerCloseWithErrorPropagation(writer));
      else shutdown();
      return true;
    }
    if (W.writableStreamCloseQueuedOrInFlight(dest) || ds.state === 'closed') {
      const e = new ERR_INVALID_STATE.TypeError('the destination writable stream closed before all data could be piped to it');
      if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, e), true, e);
      else shutdown(true, e);
      return true;
    }
    return false;
  }

  then(reader[kState].closed.promise, () => checkStates(), () => checkStates());
  then(W.writerClosedPromise(writer), () => checkStates(), () => checkStates());

  function pipeStep() {
    if (shuttingDown) return;
    if (checkStates()) return;
    then(W.writerReadyPromise(writer), () => {
      if (shuttingDown) return;
      readableStreamDefaultReaderRead(reader, {
        chunk(chunk) {
          // Only completion matters here; a failed write surfaces through the writer's state.
          currentWrite = then(W.writerWrite(writer, chunk), undefined, () => {});
          queueMicrotask(pipeStep);
        },
        close() {
          queueMicrotask(checkStates);
        },
        error() {
          queueMicrotask(checkStates);
        },
      });
    }, () => checkStates());
  }
  queueMicrotask(pipeStep);
  return done.promise;
}

// ---- Async iteration ----

const AsyncIteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf(async function* () {}).prototype);

function createAsyncIterator(reader, preventCancel) {
  let ongoing;
  let finished = false;
  function nextSteps() {
    if (finished) return PromiseResolve({ value: undefined, done: true });
    const d = deferred();
    if (reader[kState].stream === undefined) {
      d.reject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
      return d.promise;
    }
    readableStreamDefaultReaderRead(reader, {
      chunk: (value) => d.resolve({ value, done: false }),
      close: () => {
        finished = true;
        reader.releaseLock();
        d.resolve({ value: undefined, done: true });
      },
      error: (e) => {
        finished = true;
        reader.releaseLock();
        d.reject(e);
      },
    });
    return d.promise;
  }
  function returnSteps(value) {
    if (finished) return PromiseResolve({ value, done: true });
    finished = true;
    if (reader[kState].stream === undefined) return PromiseResolve({ value, done: true });
    if (!preventCancel) {
      const result = readerGenericCancel(reader, value);
      reader.releaseLock();
      return then(result, () => ({ value, done: true }));
    }
    reader.releaseLock();
    return PromiseResolve({ value, done: true });
  }
  const iterator = {
    next() {
      ongoing = ongoing ? then(ongoing, nextSteps, nextSteps) : nextSteps();
      return ongoing;
    },
    return(value) {
      const run = () => returnSteps(value);
      ongoing = ongoing ? then(ongoing, run, run) : run();
      return ongoing;
    },
  };
  ObjectSetPrototypeOf(iterator, AsyncIteratorPrototype);
  return iterator;
}

// ---- ReadableStream.from ----

function readableStreamFromIterable(asyncIterable) {
  if (isReadableStream(asyncIterable)) return asyncIterable;
  let iterator;
  let method = asyncIterable[SymbolAsyncIterator];
  if (method === undefined || method === null) {
    const syncMethod = asyncIterable[SymbolIterator];
    if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(asyncIterable);
    const syncIterator = syncMethod.call(asyncIterable);
    iterator = {
      next: () => {
        const r = syncIterator.next();
        return then(PromiseResolve(r.value), (value) => ({ value, done: r.done }));
      },
      return: syncIterator.return === undefined ? undefined :
        (v) => PromiseResolve(syncIterator.return(v)),
    };
  } else {
    if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE(asyncIterable);
    iterator = method.call(asyncIterable);
    if (iterator === null || typeof iterator !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
  }
  let stream;
  const pull = () => {
    let result;
    try {
      result = iterator.next();
    } catch (err) {
      return PromiseReject(err);
    }
    return then(PromiseResolve(result), (r) => {
      if (r === null || typeof r !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (r.done) defaultControllerClose(stream[kState].controller[kState]);
      else defaultControllerEnqueue(stream[kState].controller[kState], r.value);
    });
  };
  const cancel = (reason) => {
    let ret;
    try {
      ret = iterator.return;
    } catch (err) {
      return PromiseReject(err);
    }
    if (ret === undefined || ret === null) return PromiseResolve();
    let result;
    try {
      result = ret.call(iterator, reason);
    } catch (err) {
      return PromiseReject(err);
    }
    return then(PromiseResolve(result), (r) => {
      if (r === null || typeof r !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(() => undefined, pull, cancel, 0);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamIsDisturbed(stream) {
  return stream[kState].disturbed;
}

module.exports = {
  ReadableByteStreamController,
  ReadableStream,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableStreamDefaultController,
  ReadableStreamDefaultReader,
  createReadableStream,
  defaultControllerCanCloseOrEnqueue,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  defaultControllerHasBackpressure,
  isReadableStream,
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamDefaultReaderRead,
  readableStreamIsDisturbed,
};
