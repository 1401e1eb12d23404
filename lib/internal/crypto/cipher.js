'use strict';
// Cipheriv/Decipheriv over the binding's JCA ciphers, with Node's argument checks and errors.
// Encrypted/decrypted bytes come back from Java as Buffers over Java's memory (no copy).

const {
  Error,
  ObjectSetPrototypeOf,
  ReflectApply,
  Symbol,
} = primordials;

const {
  codes: {
    ERR_CRYPTO_INVALID_AUTH_TAG,
    ERR_CRYPTO_INVALID_IV,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_INVALID_ARG_TYPE,
    ERR_NODE4J_UNSUPPORTED,
  },
} = require('internal/errors');
const { validateString, validateObject, validateInt32 } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const LazyTransform = require('internal/crypto/lazy_transform');
const {
  abOf, fromJava, lazyBinding, lenOf, normalizeEncoding, offOf, opensslError, splitInfo, toView,
} = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

const infoCache = { __proto__: null };
function cipherInfoOf(name) {
  let info = infoCache[name];
  if (info === undefined) {
    const s = lazyBinding().cipherInfo(name);
    if (s === null) {
      info = null;
    } else {
      const f = splitInfo(s);
      info = { name: f[0], mode: f[1], keyLength: +f[2], ivLength: +f[3], blockSize: +f[4], kind: f[5] };
    }
    infoCache[name] = info;
  }
  return info;
}

let keys;
function keyView(key) {
  if (typeof key === 'string' || isAnyArrayBuffer(key) || isArrayBufferView(key)) return toView(key, 'key');
  keys ??= require('internal/crypto/keys');
  const bytes = keys.secretBytesOf(key);
  if (bytes !== undefined) return bytes;
  throw new ERR_INVALID_ARG_TYPE('key',
    ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
}

function ivView(iv) {
  if (iv === null) return null;
  if (typeof iv === 'string' || isAnyArrayBuffer(iv) || isArrayBufferView(iv)) return toView(iv, 'iv');
  throw new ERR_INVALID_ARG_TYPE('iv', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], iv);
}

const gcmTagLengths = [4, 8, 12, 13, 14, 15, 16];
function isValidTagLength(info, n) {
  if (info.kind === 'GCM') return gcmTagLengths.includes(n);
  return n >= 1 && n <= 16;
}

function checkJcaTagLength(info, n) {
  if (info.kind === 'GCM' && n < 12) {
    throw new ERR_NODE4J_UNSUPPORTED(`GCM authentication tags shorter than 12 bytes (${n})`);
  }
  if (info.kind === 'CHACHA_POLY' && n !== 16) {
    throw new ERR_NODE4J_UNSUPPORTED(`chacha20-poly1305 authentication tags other than 16 bytes (${n})`);
  }
}

function createHandle(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const keyBytes = keyView(key);
  const ivBytes = ivView(iv);
  if (options !== undefined && options !== null) validateObject(options, 'options');
  const info = cipherInfoOf(cipher);
  if (info === null) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  if (lenOf(keyBytes) !== info.keyLength) throw new ERR_CRYPTO_INVALID_KEYLEN();
  const ivLen = ivBytes === null ? -1 : lenOf(ivBytes);
  if (info.ivLength === 0) {
    if (ivLen > 0) throw new ERR_CRYPTO_INVALID_IV();
  } else if (info.kind === 'GCM') {
    if (ivLen <= 0) throw new ERR_CRYPTO_INVALID_IV();
  } else if (ivLen !== info.ivLength) {
    throw new ERR_CRYPTO_INVALID_IV();
  }
  const aead = info.kind === 'GCM' || info.kind === 'CHACHA_POLY';
  let tagLength = 0;
  if (aead) {
    const requested = options?.authTagLength;
    if (requested !== undefined) {
      validateInt32(requested, 'options.authTagLength');
      if (!isValidTagLength(info, requested)) throw new ERR_CRYPTO_INVALID_AUTH_TAG(requested);
      checkJcaTagLength(info, requested);
      tagLength = requested;
    } else if (encrypt) {
      tagLength = 16;
    }
  }
  const ivArgs = ivBytes === null ? [null, 0, 0] : [abOf(ivBytes), offOf(ivBytes), lenOf(ivBytes)];
  self[kHandle] = lazyBinding().createCipher(info.name, encrypt, abOf(keyBytes), offOf(keyBytes),
                                             lenOf(keyBytes), ivArgs[0], ivArgs[1], ivArgs[2], tagLength);
  self[kState] = {
    info, encrypt, aead, tagLength, finalized: false, updated: false, authTagSet: false, decoder: undefined, decoderEnc: undefined,
  };
  ReflectApply(LazyTransform, self, [options]);
}

function failure(handle) {
  const reason = handle.error();
  if (reason === 'bad decrypt' || reason === 'wrong final block length') return opensslError(reason);
  if (reason === 'auth') return new Error('Unsupported state or unable to authenticate data');
  return new Error(reason);
}

let StringDecoder;
function output(state, buf, outputEncoding, last) {
  const enc = normalizeEncoding(outputEncoding);
  if (enc === undefined || enc === 'buffer') return buf;
  // Multi-byte encodings keep partial characters/groups between calls, as Node's StringDecoder.
  if (state.decoder === undefined || state.decoderEnc !== enc) {
    StringDecoder ??= require('string_decoder').StringDecoder;
    state.decoder = new StringDecoder(enc);
    state.decoderEnc = enc;
  }
  return last ? state.decoder.end(buf) : state.decoder.write(buf);
}

function update(data, inputEncoding, outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new Error('Trying to add data in unsupported state');
  state.updated = true;
  let view;
  if (typeof data === 'string') {
    view = toView(data, 'data', inputEncoding ?? 'utf8');
  } else if (isArrayBufferView(data)) {
    view = data;
  } else {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const handle = this[kHandle];
  const r = handle.update(abOf(view), offOf(view), lenOf(view));
  if (r === null) throw failure(handle);
  return output(state, fromJava(r), outputEncoding, false);
}

function final(outputEncoding) {
  const state = this[kState];
  if (state.finalized) {
    // OpenSSL's refusal surfaces with the code but without the operation name
    const err = new Error('Invalid state');
    err.code = 'ERR_CRYPTO_INVALID_STATE';
    throw err;
  }
  state.finalized = true;
  const handle = this[kHandle];
  const r = handle.doFinal();
  if (r === null) throw failure(handle);
  return output(state, fromJava(r), outputEncoding, true);
}

function setAutoPadding(autoPadding = true) {
  const state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  this[kHandle].setAutoPadding(!!autoPadding);
  return this;
}

function setAAD(buffer, options) {
  const state = this[kState];
  if (state.finalized || state.updated || !state.aead) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (options !== undefined) validateObject(options, 'options');
  const handle = this[kHandle];
  if (!handle.setAAD(abOf(buffer), offOf(buffer), lenOf(buffer))) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  return this;
}

function getAuthTag() {
  const state = this[kState];
  const tag = state.finalized && state.encrypt ? this[kHandle].getAuthTag() : null;
  if (tag === null) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return fromJava(tag);
}

function setAuthTag(tagbuf, encoding) {
  const state = this[kState];
  if (!state.aead || state.finalized || state.authTagSet) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  const tag = typeof tagbuf === 'string' ? toView(tagbuf, 'buffer', encoding) : tagbuf;
  if (!isArrayBufferView(tag)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], tagbuf);
  }
  const n = lenOf(tag);
  if (!isValidTagLength(state.info, n) || (state.tagLength !== 0 && state.tagLength !== n)) {
    throw new ERR_CRYPTO_INVALID_AUTH_TAG(n);
  }
  checkJcaTagLength(state.info, n);
  state.authTagSet = true;
  this[kHandle].setAuthTag(abOf(tag), offOf(tag), lenOf(tag));
  return this;
}

function _transform(chunk, encoding, callback) {
  try {
    this.push(this.update(chunk, encoding));
  } catch (err) {
    callback(err);
    return;
  }
  callback();
}

function _flush(callback) {
  try {
    this.push(this.final());
  } catch (err) {
    callback(err);
    return;
  }
  callback();
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createHandle(this, cipher, key, iv, options, true);
}
ObjectSetPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createHandle(this, cipher, key, iv, options, false);
}
ObjectSetPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
ObjectSetPrototypeOf(Decipheriv, LazyTransform);

for (const C of [Cipheriv, Decipheriv]) {
  C.prototype._transform = _transform;
  C.prototype._flush = _flush;
  C.prototype.update = update;
  C.prototype.final = final;
  C.prototype.setAutoPadding = setAutoPadding;
  C.prototype.setAAD = setAAD;
}
Cipheriv.prototype.getAuthTag = getAuthTag;
Decipheriv.prototype.setAuthTag = setAuthTag;

function getCiphers() {
  return splitInfo(lazyBinding().cipherNames());
}

// crypto.getCipherInfo(nameOrNid[, { keyLength, ivLength }])
function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') return undefined;
  const info = cipherInfoOf(nameOrNid);
  if (info === null) return undefined;
  if (options !== undefined) {
    validateObject(options, 'options');
    const { keyLength, ivLength } = options;
    if (keyLength !== undefined && keyLength !== info.keyLength) return undefined;
    if (ivLength !== undefined) {
      if (info.kind === 'GCM' ? ivLength < 1 : ivLength !== info.ivLength) return undefined;
    }
  }
  const result = { mode: info.mode, name: info.name, nid: undefined };
  if (info.mode !== 'stream') result.blockSize = info.blockSize;
  if (info.ivLength !== 0) result.ivLength = info.ivLength;
  result.keyLength = info.keyLength;
  delete result.nid;
  return result;
}

module.exports = { Cipheriv, Decipheriv, getCiphers, getCipherInfo };
