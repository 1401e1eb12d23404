'use strict';
// What every crypto file shares: the lazy Java binding, the byte-range convention of the
// binding (ArrayBuffer, offset, length), wrapping the ByteBuffers Java returns as Buffers
// without copying, argument coercion with Node's error messages, and OpenSSL-style errors.

const {
  ArrayBuffer,
  ArrayBufferIsView,
  ArrayPrototypeIncludes,
  DataViewPrototypeGetBuffer,
  DataViewPrototypeGetByteLength,
  DataViewPrototypeGetByteOffset,
  Error,
  ObjectDefineProperty,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
} = primordials;

// 'buffer' installs Buffer's methods on FastBuffer.prototype; a program that never touched the
// Buffer global may reach crypto first.
require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { isAnyArrayBuffer } = require('internal/util/types');

let binding;
function lazyBinding() {
  binding ??= internalBinding('crypto');
  return binding;
}

// A ByteBuffer from Java as a Buffer over the same memory.
function fromJava(byteBuffer) {
  return new FastBuffer(new ArrayBuffer(byteBuffer));
}

// The (ArrayBuffer, offset, length) of a view, for the binding.
function abOf(view) {
  return TypedArrayPrototypeGetSymbolToStringTag(view) !== undefined ?
    TypedArrayPrototypeGetBuffer(view) : DataViewPrototypeGetBuffer(view);
}
function offOf(view) {
  return TypedArrayPrototypeGetSymbolToStringTag(view) !== undefined ?
    TypedArrayPrototypeGetByteOffset(view) : DataViewPrototypeGetByteOffset(view);
}
function lenOf(view) {
  return TypedArrayPrototypeGetSymbolToStringTag(view) !== undefined ?
    TypedArrayPrototypeGetByteLength(view) : DataViewPrototypeGetByteLength(view);
}

let BufferFrom;
function bufferFrom(str, encoding) {
  BufferFrom ??= require('buffer').Buffer.from;
  return BufferFrom(str, encoding);
}

// Node's getArrayBufferOrView: a view over bytes given as string, ArrayBuffer or view.
function toView(data, name, encoding = 'utf8') {
  if (typeof data === 'string') return bufferFrom(data, encoding);
  if (isAnyArrayBuffer(data)) return new Uint8Array(data);
  if (ArrayBufferIsView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

// Output of digest()/update()/final(): a Buffer, or a string in the encoding asked for.
function encodeOutput(buf, encoding) {
  if (encoding === undefined || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null) return enc;
  return StringPrototypeToLowerCase(`${enc}`);
}

const opensslLibrary = {
  __proto__: null,
  'bad decrypt': ['1C800064', 'Provider routines', 'BAD_DECRYPT'],
  'wrong final block length': ['1C80006B', 'Provider routines', 'WRONG_FINAL_BLOCK_LENGTH'],
  'memory limit exceeded': ['030000AC', 'digital envelope routines', 'EVP_MEMORY_LIMIT_EXCEEDED'],
  'not XOF or invalid length': ['030000B2', 'digital envelope routines', 'EVP_NOT_XOF_OR_INVALID_LENGTH'],
  'unsupported': ['1E08010C', 'DECODER routines', 'UNSUPPORTED'],
  'bad generator': ['02800065', 'Diffie-Hellman routines', 'DH_BAD_GENERATOR'],
  'no start line': ['0480006C', 'PEM routines', 'PEM_NO_START_LINE'],
  'wrong tag': ['068000A8', 'asn1 encoding routines', 'ASN1_WRONG_TAG'],
  'interrupted or cancelled': ['07880109', 'common libcrypto routines', 'CRYPTO_INTERRUPTED_OR_CANCELLED'],
};

// An error Node's C++ layer throws: a plain Base error with a code property.
function nativeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

// An error as Node builds one from OpenSSL's error queue: message "error:<hex>:<lib>::<reason>",
// code ERR_OSSL_<REASON>, library, reason and the queue.
function opensslError(reason, withStack = true) {
  const [hex, library, code] = opensslLibrary[reason];
  const message = `error:${hex}:${library}::${reason}`;
  const err = new Error(message);
  if (withStack) {
    ObjectDefineProperty(err, 'opensslErrorStack', {
      __proto__: null, value: [message], enumerable: true, writable: true, configurable: true,
    });
  }
  err.library = library;
  err.reason = reason;
  err.code = `ERR_OSSL_${code}`;
  return err;
}

// info string from the binding -> fields
function splitInfo(info) {
  return StringPrototypeSplit(info, ',');
}

function isKnownEncoding(enc) {
  return ArrayPrototypeIncludes(['hex', 'base64', 'base64url'], enc);
}

module.exports = {
  abOf,
  bufferFrom,
  encodeOutput,
  fromJava,
  isKnownEncoding,
  lazyBinding,
  lenOf,
  normalizeEncoding,
  offOf,
  nativeError,
  opensslError,
  splitInfo,
  toView,
};
