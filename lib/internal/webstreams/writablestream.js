'use strict';
// WritableStream, its default writer and controller (Streams Standard §5), with the
// abstract operations pipeTo and TransformStream need.

const {
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ObjectDefineProperties,
  PromiseReject,
  PromiseResolve,
  ReflectApply,
  SymbolToStringTag,
} = primordials;

const {
  codes: {
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
  peekQueueValue,
  promiseCall,
  resetQueue,
  settle,
  slots,
  then,
} = require('internal/webstreams/util');

const kWS = 'WritableStream';
const kWriter = 'WritableStreamDefaultWriter';
const kController = 'WritableStreamDefaultController';
const kConstruct = Symbol('construct');
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kCloseSentinel = Symbol('close');

function isWritableStream(obj) {
  return slots(obj, kWS) !== undefined;
}

function wsSlots(obj) {
  const s = slots(obj, kWS);
  if (s === undefined) throw new ERR_INVALID_THIS('WritableStream');
  return s;
}

class WritableStream {
  constructor(underlyingSink = undefined, strategy = undefined) {
    initializeWritableStream(this);
    if (underlyingSink === kConstruct) return;
    if (underlyingSink !== undefined && underlyingSink !== null &&
        typeof underlyingSink !== 'object' && typeof underlyingSink !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sink', 'Object', underlyingSink);
    }
    if (strategy !== undefined && strategy !== null && typeof strategy !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
    }
    const sink = underlyingSink ?? {};
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('sink.type', sink.type);
    const size = extractSizeAlgorithm(strategy);
    const hwm = extractHighWaterMark(strategy, 1);
    setUpControllerFromSink(this, sink, hwm, size);
  }

  get locked() {
    return wsSlots(this).writer !== undefined;
  }

  abort(reason = undefined) {
    const s = slots(this, kWS);
    if (s === undefined) return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    if (s.writer !== undefined) return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    const s = slots(this, kWS);
    if (s === undefined) return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    if (s.writer !== undefined) return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    wsSlots(this);
    return new WritableStreamDefaultWriter(this);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const s = wsSlots(this);
    const { inspect } = require('internal/util/inspect');
    return `WritableStream ${inspect({ locked: s.writer !== undefined, state: s.state }, options)}`;
  }
}
ObjectDefineProperties(WritableStream.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'WritableStream', configurable: true },
});

function initializeWritableStream(stream) {
  stream[kState] = {
    kind: kWS,
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
  // stream.finished() watches web streams through this promise.
  stream[kIsClosedPromise] = deferred();
  markHandled(stream[kIsClosedPromise].promise);
}

function createWritableStream(start, write, close, abort, hwm = 1, size = () => 1) {
  const stream = new WritableStream(kConstruct);
  const controller = new WritableStreamDefaultController(kConstruct);
  setUpController(stream, controller, start, write, close, abort, hwm, size);
  return stream;
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return PromiseResolve();
  const c = s.controller[kState];
  c.abortController.abort(reason);
  const state = s.state;
  if (state === 'closed' || state === 'errored') return PromiseResolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = deferred();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  const state = s.state;
  if (state === 'closed' || state === 'errored') {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const promise = deferred();
  s.closeRequest = promise;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && state === 'writable') {
    settle(writer[kState].ready, true, undefined);
  }
  const c = s.controller[kState];
  enqueueValueWithSize(c, kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(c);
  return promise.promise;
}

function writableStreamAddWriteRequest(stream) {
  const d = deferred();
  ArrayPrototypePush(stream[kState].writeRequests, d);
  return d.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  const writer = s.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  settle(stream[kIsClosedPromise], false, s.storedError);
  const c = s.controller[kState];
  c.errorSteps();
  const storedError = s.storedError;
  const requests = s.writeRequests;
  s.writeRequests = [];
  for (let i = 0; i < requests.length; i++) settle(requests[i], false, storedError);
  if (s.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    settle(abortRequest.promise, false, storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = c.abortSteps(abortRequest.reason);
  then(promise, () => {
    settle(abortRequest.promise, true, undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    settle(abortRequest.promise, false, reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  const s = stream[kState];
  settle(s.inFlightWriteRequest, true, undefined);
  s.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  settle(s.inFlightWriteRequest, false, error);
  s.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const s = stream[kState];
  settle(s.inFlightCloseRequest, true, undefined);
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      settle(s.pendingAbortRequest.promise, true, undefined);
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  settle(stream[kIsClosedPromise], true, undefined);
  const writer = s.writer;
  if (writer !== undefined) settle(writer[kState].closed, true, undefined);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  settle(s.inFlightCloseRequest, false, error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    settle(s.pendingAbortRequest.promise, false, error);
    s.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamMarkCloseRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest = ArrayPrototypeShift(s.writeRequests);
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    settle(s.closeRequest, false, s.storedError);
    s.closeRequest = undefined;
  }
  const writer = s.writer;
  if (writer !== undefined) {
    const w = writer[kState];
    settle(w.closed, false, s.storedError);
    markHandled(w.closed.promise);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    const w = writer[kState];
    if (backpressure) w.ready = deferred();
    else settle(w.ready, true, undefined);
  }
  s.backpressure = backpressure;
}

// ---- Writer ----

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    const s = stream[kState];
    if (s.writer !== undefined) throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
    const w = { kind: kWriter, stream, ready: deferred(), closed: deferred() };
    this[kState] = w;
    s.writer = this;
    const state = s.state;
    if (state === 'writable') {
      if (!writableStreamCloseQueuedOrInFlight(stream) && s.backpressure) {
        // ready stays pending
      } else {
        settle(w.ready, true, undefined);
      }
    } else if (state === 'erroring') {
      settle(w.ready, false, s.storedError);
      markHandled(w.ready.promise);
    } else if (state === 'closed') {
      settle(w.ready, true, undefined);
      settle(w.closed, true, undefined);
    } else {
      settle(w.ready, false, s.storedError);
      markHandled(w.ready.promise);
      settle(w.closed, false, s.storedError);
      markHandled(w.closed.promise);
    }
  }

  get closed() {
    const w = slots(this, kWriter);
    if (w === undefined) return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return w.closed.promise;
  }

  get desiredSize() {
    const w = slots(this, kWriter);
    if (w === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (w.stream === undefined) throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(this);
  }

  get ready() {
    const w = slots(this, kWriter);
    if (w === undefined) return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return w.ready.promise;
  }

  abort(reason = undefined) {
    const w = slots(this, kWriter);
    if (w === undefined) return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (w.stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(w.stream, reason);
  }

  close() {
    const w = slots(this, kWriter);
    if (w === undefined) return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const stream = w.stream;
    if (stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    const w = slots(this, kWriter);
    if (w === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (w.stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    const w = slots(this, kWriter);
    if (w === undefined) return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (w.stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writerWrite(this, chunk);
  }
}
ObjectDefineProperties(WritableStreamDefaultWriter.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'WritableStreamDefaultWriter', configurable: true },
});

function acquireWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writerClosedPromise(writer) {
  return writer[kState].closed.promise;
}

function writerReadyPromise(writer) {
  return writer[kState].ready.promise;
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const state = s.state;
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return PromiseResolve();
  if (state === 'errored') return PromiseReject(s.storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.closed.settled) w.closed = deferred();
  settle(w.closed, false, error);
  markHandled(w.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.ready.settled) w.ready = deferred();
  settle(w.ready, false, error);
  markHandled(w.ready.promise);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream[kState].controller[kState]);
}

function writerRelease(writer) {
  const w = writer[kState];
  const stream = w.stream;
  const err = new ERR_INVALID_STATE.TypeError('Writer released');
  writerEnsureReadyPromiseRejected(writer, err);
  writerEnsureClosedPromiseRejected(writer, err);
  stream[kState].writer = undefined;
  w.stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const c = s.controller[kState];
  const chunkSize = controllerGetChunkSize(c, chunk);
  if (stream !== writer[kState].stream) {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('Writer released'));
  }
  const state = s.state;
  if (state === 'errored') return PromiseReject(s.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state === 'erroring') return PromiseReject(s.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  controllerWrite(c, chunk, chunkSize);
  return promise;
}

// ---- Controller ----

class WritableStreamDefaultController {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    const c = slots(this, kController);
    if (c === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    return c.abortController.signal;
  }

  error(e = undefined) {
    const c = slots(this, kController);
    if (c === undefined) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    if (c.stream[kState].state !== 'writable') return;
    controllerError(c, e);
  }
}
ObjectDefineProperties(WritableStreamDefaultController.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'WritableStreamDefaultController', configurable: true },
});

function setUpController(stream, controller, start, write, close, abort, hwm, size) {
  const { AbortController } = require('internal/abort_controller');
  const c = {
    kind: kController,
    self: controller,
    stream,
    queue: [],
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    strategySizeAlgorithm: size,
    strategyHWM: hwm,
    writeAlgorithm: write,
    closeAlgorithm: close,
    abortAlgorithm: abort,
    abortSteps: undefined,
    errorSteps: undefined,
  };
  c.abortSteps = (reason) => {
    const result = c.abortAlgorithm(reason);
    controllerClearAlgorithms(c);
    return result;
  };
  c.errorSteps = () => resetQueue(c);
  controller[kState] = c;
  stream[kState].controller = controller;
  writableStreamUpdateBackpressure(stream, controllerGetBackpressure(c));
  const startResult = start(controller);
  then(PromiseResolve(startResult), () => {
    c.started = true;
    controllerAdvanceQueueIfNeeded(c);
  }, (r) => {
    c.started = true;
    writableStreamDealWithRejection(stream, r);
  });
}

function checkFn(fn, name) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', fn);
  return fn;
}

function setUpControllerFromSink(stream, sink, hwm, size) {
  const controller = new WritableStreamDefaultController(kConstruct);
  const { start, write, close, abort } = sink;
  if (start !== undefined) checkFn(start, 'sink.start');
  if (write !== undefined) checkFn(write, 'sink.write');
  if (close !== undefined) checkFn(close, 'sink.close');
  if (abort !== undefined) checkFn(abort, 'sink.abort');
  setUpController(stream, controller,
    start === undefined ? () => undefined : () => ReflectApply(start, sink, [controller]),
    write === undefined ? () => PromiseResolve() : (chunk) => promiseCall(write, sink, [chunk, controller]),
    close === undefined ? () => PromiseResolve() : () => promiseCall(close, sink, []),
    abort === undefined ? () => PromiseResolve() : (reason) => promiseCall(abort, sink, [reason]),
    hwm, size);
}

function controllerAdvanceQueueIfNeeded(c) {
  const stream = c.stream;
  if (!c.started) return;
  const s = stream[kState];
  if (s.inFlightWriteRequest !== undefined) return;
  const state = s.state;
  if (state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) controllerProcessClose(c);
  else controllerProcessWrite(c, value);
}

function controllerClearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.strategySizeAlgorithm = undefined;
}

function controllerError(c, error) {
  const stream = c.stream;
  controllerClearAlgorithms(c);
  writableStreamStartErroring(stream, error);
}

function controllerErrorIfNeeded(c, error) {
  if (c.stream[kState].state === 'writable') controllerError(c, error);
}

function controllerGetBackpressure(c) {
  return controllerGetDesiredSize(c) <= 0;
}

function controllerGetChunkSize(c, chunk) {
  if (c.strategySizeAlgorithm === undefined) return 1;
  try {
    return c.strategySizeAlgorithm(chunk);
  } catch (err) {
    controllerErrorIfNeeded(c, err);
    return 1;
  }
}

function controllerGetDesiredSize(c) {
  return c.strategyHWM - c.queueTotalSize;
}

function controllerProcessClose(c) {
  const stream = c.stream;
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(c);
  const sinkClosePromise = c.closeAlgorithm();
  controllerClearAlgorithms(c);
  then(sinkClosePromise, () => writableStreamFinishInFlightClose(stream),
       (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function controllerProcessWrite(c, chunk) {
  const stream = c.stream;
  writableStreamMarkFirstWriteRequestInFlight(stream);
  then(c.writeAlgorithm(chunk), () => {
    writableStreamFinishInFlightWrite(stream);
    const state = stream[kState].state;
    dequeueValue(c);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, controllerGetBackpressure(c));
    }
    controllerAdvanceQueueIfNeeded(c);
  }, (reason) => {
    if (stream[kState].state === 'writable') controllerClearAlgorithms(c);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

function controllerWrite(c, chunk, chunkSize) {
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (err) {
    controllerErrorIfNeeded(c, err);
    return;
  }
  const stream = c.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, controllerGetBackpressure(c));
  }
  controllerAdvanceQueueIfNeeded(c);
}

function writableControllerErrorIfNeeded(stream, error) {
  controllerErrorIfNeeded(stream[kState].controller[kState], error);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultController,
  WritableStreamDefaultWriter,
  acquireWriter,
  createWritableStream,
  isWritableStream,
  writableControllerErrorIfNeeded,
  writableStreamAbort,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDealWithRejection,
  writableStreamStartErroring,
  writableStreamUpdateBackpressure,
  writerCloseWithErrorPropagation,
  writerClosedPromise,
  writerReadyPromise,
  writerRelease,
  writerWrite,
};
