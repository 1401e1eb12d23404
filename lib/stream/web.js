'use strict';
// stream/web: the WHATWG Streams classes (also globals), the encoding streams and
// CompressionStream/DecompressionStream over zlib.

const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');
const T = require('internal/webstreams/transformstream');
const Q = require('internal/webstreams/queuingstrategies');
const E = require('internal/webstreams/encoding');

module.exports = {
  ReadableStream: R.ReadableStream,
  ReadableStreamTee: (stream) => stream.tee(),
  ReadableStreamDefaultReader: R.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: R.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: R.ReadableStreamBYOBRequest,
  ReadableByteStreamController: R.ReadableByteStreamController,
  ReadableStreamDefaultController: R.ReadableStreamDefaultController,
  TransformStream: T.TransformStream,
  TransformStreamDefaultController: T.TransformStreamDefaultController,
  WritableStream: W.WritableStream,
  WritableStreamDefaultWriter: W.WritableStreamDefaultWriter,
  WritableStreamDefaultController: W.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: Q.ByteLengthQueuingStrategy,
  CountQueuingStrategy: Q.CountQueuingStrategy,
  TextEncoderStream: E.TextEncoderStream,
  TextDecoderStream: E.TextDecoderStream,
};

// Loaded on first use: they need zlib.
const { ObjectDefineProperty } = primordials;
for (const name of ['CompressionStream', 'DecompressionStream']) {
  ObjectDefineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/webstreams/compression')[name]; },
  });
}
