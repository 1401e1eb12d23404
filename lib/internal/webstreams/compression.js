'use strict';
// CompressionStream/DecompressionStream: zlib transforms seen through Duplex.toWeb.

const {
  ObjectDefineProperties,
  SymbolToStringTag,
} = primordials;

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } } = require('internal/errors');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');

const kPair = Symbol('pair');

function makeZlib(format, compress) {
  const zlib = require('zlib');
  switch (format) {
    case 'deflate': return compress ? zlib.createDeflate() : zlib.createInflate();
    case 'deflate-raw': return compress ? zlib.createDeflateRaw() : zlib.createInflateRaw();
    case 'gzip': return compress ? zlib.createGzip() : zlib.createGunzip();
    case 'brotli':
      if (compress ? zlib.createBrotliCompress : zlib.createBrotliDecompress) {
        return compress ? zlib.createBrotliCompress() : zlib.createBrotliDecompress();
      }
  }
  throw new ERR_INVALID_ARG_VALUE('format', format);
}

class CompressionStream {
  constructor(format) {
    this[kPair] = newReadableWritablePairFromDuplex(makeZlib(`${format}`, true));
  }

  get readable() {
    if (this?.[kPair] === undefined) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kPair].readable;
  }

  get writable() {
    if (this?.[kPair] === undefined) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kPair].writable;
  }
}

class DecompressionStream {
  constructor(format) {
    this[kPair] = newReadableWritablePairFromDuplex(makeZlib(`${format}`, false));
  }

  get readable() {
    if (this?.[kPair] === undefined) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kPair].readable;
  }

  get writable() {
    if (this?.[kPair] === undefined) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kPair].writable;
  }
}

ObjectDefineProperties(CompressionStream.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'CompressionStream', configurable: true },
});
ObjectDefineProperties(DecompressionStream.prototype, {
  [SymbolToStringTag]: { __proto__: null, value: 'DecompressionStream', configurable: true },
});

module.exports = { CompressionStream, DecompressionStream };
