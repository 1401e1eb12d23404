'use strict';
// pipeline(source, ...transforms, destination, callback): pipe streams,
// iterables, async generator functions together; on the first error destroy
// every stream, and call back once when all of them are done.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  Promise,
  SymbolAsyncIterator,
} = primordials;

const eos = require('internal/streams/end-of-stream');
const { once } = require('internal/streams/utils');
const destroyImpl = require('internal/streams/destroy');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_NODE4J_UNSUPPORTED,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateAbortSignal,
} = require('internal/validators');
const {
  SymbolDispose,
  addAbortListener,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isTransformStream,
  isWebStream,
  isWritableStream,
  newAbortController,
} = require('internal/streams/utils');

let PassThrough;
let Readable;
let Duplex;

function destroyer(stream, reading, writing) {
  let finished = false;
  stream.on('close', () => {
    finished = true;
  });

  const cleanup = eos(stream, { readable: reading, writable: writing }, (err) => {
    finished = !err;
  });

  return {
    destroy: (err) => {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || new ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup,
  };
}

function popCallback(streams) {
  // The callback is required; its absence is reported under this name.
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

function makeAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return fromReadable(val);
  throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

async function* fromReadable(val) {
  Readable ??= require('internal/streams/readable');
  yield* Readable.prototype[SymbolAsyncIterator].call(val);
}

// Write an (async) iterable into a Node writable, respecting backpressure.
async function pumpToNode(iterable, writable, finish, { end }) {
  let error;
  let onresolve = null;

  const resume = (err) => {
    if (err) error = err;
    if (onresolve) {
      const callback = onresolve;
      onresolve = null;
      callback();
    }
  };

  const wait = () => new Promise((resolve, reject) => {
    if (error) {
      reject(error);
    } else {
      onresolve = () => {
        if (error) {
          reject(error);
        } else {
          resolve();
        }
      };
    }
  });

  writable.on('drain', resume);
  const cleanup = eos(writable, { readable: false }, resume);

  try {
    if (writable.writableNeedDrain) await wait();

    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await wait();
    }

    if (end) {
      writable.end();
      await wait();
    }

    finish();
  } catch (err) {
    finish(error !== err ? destroyImpl.aggregateTwoErrors(error, err) : err);
  } finally {
    cleanup();
    writable.off('drain', resume);
  }
}

function pipeline(...streams) {
  return pipelineImpl(streams, once(popCallback(streams)));
}

// Web streams in the chain run through their Node adapters (object mode, so chunks pass
// unchanged); the rest of the pipeline then sees only Node streams, iterables and functions.
function webStreamsAsNodeStreams(streams) {
  let adapters;
  let out;
  for (let i = 0; i < streams.length; i++) {
    const s = streams[i];
    let mapped;
    if (isReadableStream(s)) {
      adapters ??= require('internal/webstreams/adapters');
      mapped = adapters.newStreamReadableFromReadableStream(s, { objectMode: true });
    } else if (isTransformStream(s)) {
      adapters ??= require('internal/webstreams/adapters');
      mapped = adapters.newStreamDuplexFromReadableWritablePair(s, { objectMode: true });
    } else if (isWritableStream(s)) {
      adapters ??= require('internal/webstreams/adapters');
      mapped = adapters.newStreamWritableFromWritableStream(s, { objectMode: true });
    } else {
      continue;
    }
    out ??= ArrayPrototypeSlice(streams);
    out[i] = mapped;
  }
  return out ?? streams;
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && ArrayIsArray(streams[0])) {
    streams = streams[0];
  }

  if (streams.length < 2) {
    throw new ERR_MISSING_ARGS('streams');
  }
  streams = webStreamsAsNodeStreams(streams);

  const ac = newAbortController();
  const signal = ac.signal;
  const outerSignal = opts?.signal;

  // Cleanups of the last stream, run when everything succeeded, so that the
  // destination is left as the caller expects.
  const lastStreamCleanup = [];

  validateAbortSignal(outerSignal, 'options.signal');

  function abort() {
    finishImpl(new AbortError());
  }

  let disposable;
  if (outerSignal) disposable = addAbortListener(outerSignal, abort);

  let error;
  let value;
  const destroys = [];

  let finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) {
      error = err;
    }

    if (!error && !final) return;

    while (destroys.length) {
      ArrayPrototypeShift(destroys)(error);
    }

    disposable?.[SymbolDispose]();
    ac.abort();

    if (final) {
      if (!error) {
        for (let i = 0; i < lastStreamCleanup.length; i++) lastStreamCleanup[i]();
      }
      process.nextTick(callback, error, value);
    }
  }

  let ret;
  for (let i = 0; i < streams.length; i++) {
    const stream = streams[i];
    const reading = i < streams.length - 1;
    const writing = i > 0;
    const end = reading || opts?.end !== false;
    const isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        const { destroy, cleanup } = destroyer(stream, reading, writing);
        ArrayPrototypePush(destroys, destroy);

        if (isReadable(stream) && isLastStream) {
          ArrayPrototypePush(lastStreamCleanup, cleanup);
        }
      }

      // Errors that arrive after the data has been moved still fail the pipeline.
      function onError(err) {
        if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
          finish(err);
        }
      }
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        ArrayPrototypePush(lastStreamCleanup, () => {
          stream.removeListener('error', onError);
        });
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal });
        if (!isIterable(ret)) {
          throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', ret);
        }
      } else if (isIterable(stream) || isReadableNodeStream(stream) || isTransformStream(stream)) {
        ret = stream;
      } else {
        Duplex ??= require('internal/streams/duplex');
        ret = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      if (isTransformStream(ret)) {
        ret = makeAsyncIterable(ret?.readable);
      } else {
        ret = makeAsyncIterable(ret);
      }
      ret = stream(ret, { signal });

      if (reading) {
        if (!isIterable(ret, true)) {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, ret);
        }
      } else {
        PassThrough ??= require('internal/streams/passthrough');

        // The last function: its result (a promise or an iterable) feeds a
        // PassThrough that stands in for the destination.
        const pt = new PassThrough({
          objectMode: true,
        });

        const then = ret?.then;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret,
            (val) => {
              value = val;
              if (val != null) pt.write(val);
              if (end) pt.end();
              process.nextTick(finish);
            }, (err) => {
              pt.destroy(err);
              process.nextTick(finish, err);
            },
          );
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end });
        } else if (isReadableStream(ret) || isTransformStream(ret)) {
          throw new ERR_NODE4J_UNSUPPORTED('stream.pipeline() with web streams');
        } else {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', ret);
        }

        ret = pt;

        const { destroy, cleanup } = destroyer(ret, false, true);
        ArrayPrototypePush(destroys, destroy);
        if (isLastStream) ArrayPrototypePush(lastStreamCleanup, cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        const cleanup = pipe(ret, stream, finish, { end });
        if (isReadable(stream) && isLastStream) {
          ArrayPrototypePush(lastStreamCleanup, cleanup);
        }
      } else if (isTransformStream(ret) || isReadableStream(ret)) {
        throw new ERR_NODE4J_UNSUPPORTED('stream.pipeline() with web streams');
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end });
      } else {
        throw new ERR_INVALID_ARG_TYPE(
          'val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else if (isWebStream(stream)) {
      throw new ERR_NODE4J_UNSUPPORTED('stream.pipeline() with web streams');
    } else {
      Duplex ??= require('internal/streams/duplex');
      ret = Duplex.from(stream);
    }
  }

  if (signal?.aborted || outerSignal?.aborted) {
    process.nextTick(abort);
  }

  return ret;
}

function pipe(src, dst, finish, { end }) {
  let ended = false;
  dst.on('close', () => {
    if (!ended) {
      // The destination went away before the source was done.
      finish(new ERR_STREAM_PREMATURE_CLOSE());
    }
  });

  src.pipe(dst, { end: false });

  if (end) {
    // dst is ended by us (not by pipe()), once src has ended.
    function endFn() {
      ended = true;
      dst.end();
    }

    if (isReadableFinished(src)) {
      process.nextTick(endFn);
    } else {
      src.once('end', endFn);
    }
  } else {
    // dst stays open: this pipe is done once src is.
    finish();
  }

  eos(src, { readable: true, writable: false }, (err) => {
    const rState = src._readableState;
    if (
      err &&
      err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
      (rState?.ended && !rState.errored && !rState.errorEmitted)
    ) {
      // 'close' came before 'end' on a source that did end cleanly: its
      // 'end' is still coming, so wait for that rather than failing.
      src
        .once('end', finish)
        .once('error', finish);
    } else {
      finish(err);
    }
  });

  return eos(dst, { readable: false, writable: true }, finish);
}

module.exports = { pipelineImpl, pipeline };
