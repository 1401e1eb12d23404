'use strict';
// addAbortSignal(signal, stream): destroy the stream with an AbortError when
// the signal aborts; the listener goes away once the stream is finished.

const {
  codes: { ERR_INVALID_ARG_TYPE },
  AbortError,
} = require('internal/errors');
const {
  SymbolDispose,
  addAbortListener,
  isNodeStream,
  isWebStream,
  kControllerErrorFunction,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');

function validateAbortSignal(signal, name) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    return stream;
  }
  const onAbort = isNodeStream(stream) ?
    () => {
      stream.destroy(new AbortError(undefined, { cause: signal.reason }));
    } :
    () => {
      stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason }));
    };
  if (signal.aborted) {
    onAbort();
  } else {
    const disposable = addAbortListener(signal, onAbort);
    eos(stream, disposable[SymbolDispose]);
  }
  return stream;
}

module.exports = {
  addAbortSignal,
  addAbortSignalNoValidate,
};
