'use strict';
// TransformStream and its controller (Streams Standard §6): a writable side whose chunks run
// through transform() into a readable side, with backpressure from the readable.

const {
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
  extractHighWaterMark,
  extractSizeAlgorithm,
  kState,
  promiseCall,
  settle,
  slots,
  then,
} = require('internal/webstreams/util');
const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');

const kTS = 'TransformStream';
const kController = 'TransformStreamDefaultController';
const kConstruct = Symbol('construct');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer !== undefined && transformer !== null &&
        typeof transformer !== 'object' && typeof transformer !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    const t = transformer ?? {};
    if (t.readableType !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', t.readableType);
    if (t.writableType !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', t.writableType);
    const readableHWM = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHWM = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const startPromise = deferred();
    initializeTransformStream(this, startPromise.promise, writableHWM, writableSize, readableHWM, readableSize);
    setUpControllerFromTransformer(this, t);
    if (t.start !== undefined) {
      if (typeof t.start !== 'function') throw new ERR_INVALID_ARG_TYPE('transformer.start', 'Function', t.start);
      settle(startPromise, true, ReflectApply(t.start, t, [this[kState].controller]));
    } else {
      settle(startPromise, true, undefined);
    }
  }

  get readable() {
    const s = slots(this, kTS);
    if (s === undefined) throw new ERR_INVALID_THIS('TransformStream');
    return s.readable;
  }

  get writable() {
    const s = slots(this, kTS);
    if (s === undefined) throw new ERR_INVALID_THIS('TransformStream');
    return s.writable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const s = slots(this, kTS);
    const { inspect } = require('internal/util/inspect');
    return `TransformStream ${inspect({ readable: s.readable, writable: s.writable, backpressure: s.backpressure }, options)}`;
  }
}
ObjectDefineProperties(TransformStream.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'TransformStream', configurable: true },
});

function isTransformStream(obj) {
  return slots(obj, kTS) !== undefined;
}

function initializeTransformStream(stream, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const s = {
    kind: kTS,
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChangePromise: undefined,
    controller: undefined,
  };
  stream[kState] = s;
  const start = () => startPromise;
  s.writable = W.createWritableStream(start,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHWM, writableSize);
  s.readable = R.createReadableStream(start,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    readableHWM, readableSize);
  s.backpressure = undefined;
  s.backpressureChangePromise = undefined;
  setBackpressure(stream, true);
}

function readableController(stream) {
  return stream[kState].readable[kState].controller[kState];
}

function transformStreamError(stream, e) {
  R.defaultControllerError(readableController(stream), e);
  errorWritableAndUnblockWrite(stream, e);
}

function errorWritableAndUnblockWrite(stream, e) {
  controllerClearAlgorithms(stream[kState].controller[kState]);
  W.writableControllerErrorIfNeeded(stream[kState].writable, e);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChangePromise !== undefined) settle(s.backpressureChangePromise, true, undefined);
  s.backpressureChangePromise = deferred();
  s.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    const c = slots(this, kController);
    if (c === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    return R.defaultControllerGetDesiredSize(readableController(c.stream));
  }

  enqueue(chunk = undefined) {
    const c = slots(this, kController);
    if (c === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    controllerEnqueue(c, chunk);
  }

  error(reason = undefined) {
    const c = slots(this, kController);
    if (c === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    transformStreamError(c.stream, reason);
  }

  terminate() {
    const c = slots(this, kController);
    if (c === undefined) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    controllerTerminate(c);
  }
}
ObjectDefineProperties(TransformStreamDefaultController.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'TransformStreamDefaultController', configurable: true },
});

function setUpControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kConstruct);
  const { transform, flush, cancel } = transformer;
  for (const [fn, name] of [[transform, 'transform'], [flush, 'flush'], [cancel, 'cancel']]) {
    if (fn !== undefined && typeof fn !== 'function') {
      throw new ERR_INVALID_ARG_TYPE(`transformer.${name}`, 'Function', fn);
    }
  }
  const c = {
    kind: kController,
    stream,
    transformAlgorithm: transform === undefined ? (chunk) => {
      try {
        controllerEnqueue(c, chunk);
        return PromiseResolve();
      } catch (err) {
        return PromiseReject(err);
      }
    } : (chunk) => promiseCall(transform, transformer, [chunk, controller]),
    flushAlgorithm: flush === undefined ? () => PromiseResolve() :
      () => promiseCall(flush, transformer, [controller]),
    cancelAlgorithm: cancel === undefined ? () => PromiseResolve() :
      (reason) => promiseCall(cancel, transformer, [reason]),
    finishPromise: undefined,
  };
  controller[kState] = c;
  stream[kState].controller = controller;
}

function controllerClearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function controllerEnqueue(c, chunk) {
  const stream = c.stream;
  const rc = readableController(stream);
  if (!R.defaultControllerCanCloseOrEnqueue(rc)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    R.defaultControllerEnqueue(rc, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = R.defaultControllerHasBackpressure(rc);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function controllerTerminate(c) {
  const stream = c.stream;
  R.defaultControllerClose(readableController(stream));
  const error = new ERR_INVALID_STATE.TypeError('TransformStream terminated');
  errorWritableAndUnblockWrite(stream, error);
}

function performTransform(c, chunk) {
  return then(c.transformAlgorithm(chunk), undefined, (r) => {
    transformStreamError(c.stream, r);
    throw r;
  });
}

function sinkWrite(stream, chunk) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (s.backpressure) {
    return then(s.backpressureChangePromise.promise, () => {
      const writable = s.writable[kState];
      if (writable.state === 'erroring') throw writable.storedError;
      return performTransform(c, chunk);
    });
  }
  return performTransform(c, chunk);
}

function sinkAbort(stream, reason) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = s.readable;
  c.finishPromise = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  controllerClearAlgorithms(c);
  then(cancelPromise, () => {
    if (readable[kState].state === 'errored') {
      settle(c.finishPromise, false, readable[kState].storedError);
    } else {
      R.defaultControllerError(readable[kState].controller[kState], reason);
      settle(c.finishPromise, true, undefined);
    }
  }, (r) => {
    R.defaultControllerError(readable[kState].controller[kState], r);
    settle(c.finishPromise, false, r);
  });
  return c.finishPromise.promise;
}

function sinkClose(stream) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = s.readable;
  c.finishPromise = deferred();
  const flushPromise = c.flushAlgorithm();
  controllerClearAlgorithms(c);
  then(flushPromise, () => {
    if (readable[kState].state === 'errored') {
      settle(c.finishPromise, false, readable[kState].storedError);
    } else {
      R.defaultControllerClose(readable[kState].controller[kState]);
      settle(c.finishPromise, true, undefined);
    }
  }, (r) => {
    R.defaultControllerError(readable[kState].controller[kState], r);
    settle(c.finishPromise, false, r);
  });
  return c.finishPromise.promise;
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

function sourceCancel(stream, reason) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = s.writable;
  c.finishPromise = deferred();
  const cancelPromise = c.cancelAlgorithm(reason);
  controllerClearAlgorithms(c);
  then(cancelPromise, () => {
    if (writable[kState].state === 'errored') {
      settle(c.finishPromise, false, writable[kState].storedError);
    } else {
      W.writableControllerErrorIfNeeded(writable, reason);
      unblockWrite(stream);
      settle(c.finishPromise, true, undefined);
    }
  }, (r) => {
    W.writableControllerErrorIfNeeded(writable, r);
    unblockWrite(stream);
    settle(c.finishPromise, false, r);
  });
  return c.finishPromise.promise;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
