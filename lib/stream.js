'use strict';
// The `stream` module: Stream (legacy base) with Readable, Writable, Duplex,
// Transform, PassThrough, pipeline, finished, compose, addAbortSignal &
// friends attached to it, as in Node.

const {
  ArrayBufferIsView,
  ObjectDefineProperty,
  SymbolFor,
} = primordials;

const { Stream } = require('internal/streams/legacy');
const utils = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { pipeline } = require('internal/streams/pipeline');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const {
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
} = require('internal/streams/state');

const customPromisify = SymbolFor('nodejs.util.promisify.custom');

module.exports = Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = function compose(...streams) {
  return require('internal/streams/compose')(...streams);
};
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
function lazyPromises() {
  promises ??= require('stream/promises');
  return promises;
}

ObjectDefineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return lazyPromises(); },
});

ObjectDefineProperty(pipeline, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().pipeline; },
});

ObjectDefineProperty(eos, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().finished; },
});

// Backwards-compatibility with the old `require('stream').Stream`.
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBufferIsView;
Stream._isUint8Array = utils.isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return utils.uint8ArrayToBuffer(chunk);
};
