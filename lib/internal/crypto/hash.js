'use strict';
// Hash, Hmac and crypto.hash() over the binding's MessageDigest/Mac handles. utf8 strings are
// encoded by Java (one crossing, no intermediate Buffer); hex/base64 digests come back as
// strings so the common `createHash(…).update(s).digest('hex')` allocates no buffer in JS.

const {
  ObjectSetPrototypeOf,
  ReflectApply,
  Symbol,
} = primordials;

const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE,
    ERR_NODE4J_UNSUPPORTED,
  },
} = require('internal/errors');
const { validateString, validateUint32, validateObject } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const LazyTransform = require('internal/crypto/lazy_transform');
const {
  abOf, fromJava, lazyBinding, lenOf, normalizeEncoding, offOf, opensslError, splitInfo, toView,
} = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

// Node's digest-name lookups are cached per name.
const infoCache = { __proto__: null };
function hashInfo(name) {
  let info = infoCache[name];
  if (info === undefined) {
    const s = lazyBinding().hashInfo(name);
    info = s === null ? null : splitInfo(s);
    if (info !== null) {
      info = { jca: info[0], defaultLength: +info[1], maxLength: +info[2], xof: info[3] === 'true' };
    }
    infoCache[name] = info;
  }
  return info;
}

function isUtf8(enc) {
  return enc === undefined || enc === 'utf8' || enc === 'utf-8' || enc === 'UTF8' || enc === 'UTF-8';
}

function feed(handle, data, encoding) {
  if (typeof data === 'string') {
    if (isUtf8(encoding)) {
      handle.updateString(data);
      return;
    }
    data = toView(data, 'data', encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  handle.update(abOf(data), offOf(data), lenOf(data));
}

let isEncoding;
function finishDigest(handle, outputEncoding) {
  const enc = normalizeEncoding(outputEncoding);
  if (enc === 'hex' || enc === 'base64' || enc === 'base64url') return handle.digestString(enc);
  const buf = fromJava(handle.digest());
  isEncoding ??= require('buffer').Buffer.isEncoding;
  if (enc !== undefined && enc !== 'buffer' && isEncoding(enc)) return buf.toString(enc);
  return buf;
}

function outputLengthFor(algorithm, info, options) {
  let len = info.defaultLength;
  const requested = options?.outputLength;
  if (requested !== undefined) {
    validateUint32(requested, 'options.outputLength');
    if (!info.xof) {
      if (requested !== info.defaultLength) throw opensslError('not XOF or invalid length', false);
    } else if (requested > info.maxLength) {
      throw new ERR_NODE4J_UNSUPPORTED(`${algorithm} output longer than ${info.maxLength} bytes`);
    }
    len = requested;
  }
  return len;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  let handle;
  if (algorithm instanceof Hash) {
    // copy(): the state is cloned by the binding.
    handle = options;
    options = undefined;
  } else {
    validateString(algorithm, 'algorithm');
    if (options !== undefined && options !== null) validateObject(options, 'options');
    const info = hashInfo(algorithm);
    if (info === null) throw new Error('Digest method not supported');
    // The Java digest is created on demand: the usual update(string).digest() then costs one
    // crossing (binding.hashString) instead of four.
    this[kHandle] = null;
    this[kState] = {
      finalized: false, jca: info.jca, outLen: outputLengthFor(algorithm, info, options), pending: undefined,
    };
    ReflectApply(LazyTransform, this, [options]);
    return;
  }
  this[kHandle] = handle;
  this[kState] = { finalized: false, jca: undefined, outLen: 0, pending: undefined };
  ReflectApply(LazyTransform, this, [options]);
}

function hashHandle(self) {
  let handle = self[kHandle];
  if (handle === null) {
    const state = self[kState];
    handle = lazyBinding().createHash(state.jca, state.outLen);
    if (state.pending !== undefined) {
      handle.updateString(state.pending);
      state.pending = undefined;
    }
    self[kHandle] = handle;
  }
  return handle;
}
ObjectSetPrototypeOf(Hash.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  const len = options?.outputLength;
  if (len !== undefined) validateUint32(len, 'options.outputLength');
  return new Hash(this, hashHandle(this).copy(len === undefined ? -1 : len));
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  feed(hashHandle(this), chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (this[kHandle] === null && state.pending === undefined && typeof data === 'string' && isUtf8(encoding)) {
    state.pending = data;
    return this;
  }
  feed(hashHandle(this), data, encoding);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  state.finalized = true;
  if (this[kHandle] === null) {
    const enc = normalizeEncoding(outputEncoding);
    if (enc === 'hex' || enc === 'base64' || enc === 'base64url') {
      return lazyBinding().hashString(state.jca, state.outLen, state.pending ?? '', enc);
    }
    const buf = fromJava(lazyBinding().hashString(state.jca, state.outLen, state.pending ?? '', null));
    isEncoding ??= require('buffer').Buffer.isEncoding;
    if (enc !== undefined && enc !== 'buffer' && isEncoding(enc)) return buf.toString(enc);
    return buf;
  }
  return finishDigest(this[kHandle], outputEncoding);
};

let KeyObjectHelpers;
function hmacKeyBytes(key) {
  if (typeof key === 'string' || isAnyArrayBuffer(key) || isArrayBufferView(key)) {
    return toView(key, 'key');
  }
  KeyObjectHelpers ??= require('internal/crypto/keys');
  const bytes = KeyObjectHelpers.secretBytesOf(key);
  if (bytes !== undefined) return bytes;
  throw new ERR_INVALID_ARG_TYPE('key',
    ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const keyBytes = hmacKeyBytes(key);
  const info = hashInfo(hmac);
  if (info === null || info.xof) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = lazyBinding().createHmac(info.jca, abOf(keyBytes), offOf(keyBytes), lenOf(keyBytes));
  this[kState] = { finalized: false };
  ReflectApply(LazyTransform, this, [options]);
}
ObjectSetPrototypeOf(Hmac.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

// A second digest() on an Hmac returns an empty result rather than throwing (as Node).
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  const enc = normalizeEncoding(outputEncoding);
  if (state.finalized) {
    const empty = fromJava(lazyBinding().randomBytes(0));
    return enc === undefined || enc === 'buffer' ? empty : '';
  }
  state.finalized = true;
  return finishDigest(this[kHandle], outputEncoding);
};

// crypto.hash(algorithm, data[, outputEncoding]): one-shot, hex by default.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  if (outputEncoding !== undefined) validateString(outputEncoding, 'outputEncoding');
  const info = hashInfo(algorithm);
  if (info === null) throw new Error('Digest method not supported');
  const handle = lazyBinding().createHash(info.jca, info.defaultLength);
  feed(handle, input, 'utf8');
  return finishDigest(handle, outputEncoding);
}

module.exports = { Hash, Hmac, hash, hashInfo };
