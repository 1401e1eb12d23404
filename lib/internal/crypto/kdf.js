'use strict';
// pbkdf2, scrypt and hkdf: arguments checked here with Node's errors, the derivation done by
// the binding (inline for *Sync, on the blocking pool otherwise).

const {
  ArrayBufferPrototypeSlice,
  TypedArrayPrototypeGetBuffer,
} = primordials;

const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateFunction, validateInt32, validateInteger, validateString, validateUint32,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { abOf, fromJava, lazyBinding, lenOf, offOf, opensslError, toView } = require('internal/crypto/util');
const { hashInfo } = require('internal/crypto/hash');

function macDigest(digest) {
  const info = hashInfo(digest);
  if (info === null || info.xof) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return info.jca;
}

// The binding answers a ByteBuffer, an error string, or null (callback pending).
function syncResult(r) {
  if (typeof r === 'string') throw new Error(r);
  return fromJava(r);
}

function asyncCallback(callback, convert) {
  return (err, byteBuffer) => {
    if (err !== null) callback(new Error(err));
    else callback(null, convert(fromJava(byteBuffer)));
  };
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  password = toView(password, 'password');
  salt = toView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  return [macDigest(digest), password, salt];
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  validateFunction(callback, 'callback');
  const [jca, pw, s] = pbkdf2Args(password, salt, iterations, keylen, digest);
  lazyBinding().pbkdf2(jca, abOf(pw), offOf(pw), lenOf(pw), abOf(s), offOf(s), lenOf(s),
                       iterations, keylen, asyncCallback(callback, (b) => b));
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const [jca, pw, s] = pbkdf2Args(password, salt, iterations, keylen, digest);
  return syncResult(lazyBinding().pbkdf2(jca, abOf(pw), offOf(pw), lenOf(pw), abOf(s), offOf(s),
                                         lenOf(s), iterations, keylen, null));
}

// ---- scrypt ----

const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptArgs(password, salt, keylen, options) {
  password = toView(password, 'password');
  salt = toView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = defaults;
  if (options && options !== defaults) {
    const has = (k) => options[k] !== undefined;
    for (const [a, b] of [['N', 'cost'], ['r', 'blockSize'], ['p', 'parallelization']]) {
      if (has(a) && has(b)) throw new ERR_INCOMPATIBLE_OPTION_PAIR(a, b);
    }
    if (has('N')) N = options.N;
    if (has('cost')) N = options.cost;
    if (has('r')) r = options.r;
    if (has('blockSize')) r = options.blockSize;
    if (has('p')) p = options.p;
    if (has('parallelization')) p = options.parallelization;
    if (has('maxmem')) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    validateUint32(N, 'N');
    validateUint32(r, 'r');
    validateUint32(p, 'p');
  }
  if (N < 2 || (N & (N - 1)) !== 0 || r === 0 || p === 0) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  // OpenSSL's bound: the B array (128·r·p) plus V and scratch (128·r·(N+2)).
  // RFC 7914 wants N < 2^(128·r/8); OpenSSL reports a violation as a memory limit.
  if (128 * r * p + 128 * r * (N + 2) > maxmem || (16 * r < 32 && N >= 2 ** (16 * r))) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS(opensslError('memory limit exceeded').message);
  }
  return [password, salt, N, r, p];
}

function scrypt(password, salt, keylen, options, callback = defaults) {
  if (callback === defaults) {
    callback = options;
    options = defaults;
  }
  validateFunction(callback, 'callback');
  const [pw, s, N, r, p] = scryptArgs(password, salt, keylen, options);
  lazyBinding().scrypt(abOf(pw), offOf(pw), lenOf(pw), abOf(s), offOf(s), lenOf(s), N, r, p, keylen,
                       asyncCallback(callback, (b) => b));
}

function scryptSync(password, salt, keylen, options = defaults) {
  const [pw, s, N, r, p] = scryptArgs(password, salt, keylen, options);
  return syncResult(lazyBinding().scrypt(abOf(pw), offOf(pw), lenOf(pw), abOf(s), offOf(s), lenOf(s),
                                         N, r, p, keylen, null));
}

// ---- hkdf ----

let keys;
function ikmView(key) {
  if (typeof key === 'string' || isAnyArrayBuffer(key) || isArrayBufferView(key)) return toView(key, 'ikm');
  keys ??= require('internal/crypto/keys');
  const bytes = keys.secretBytesOf(key);
  if (bytes !== undefined) return bytes;
  throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray',
    'DataView', 'Buffer'], key);
}

function byteSource(value, name) {
  if (typeof value === 'string' || isAnyArrayBuffer(value) || isArrayBufferView(value)) {
    return toView(value, name);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
}

function hkdfArgs(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  key = ikmView(key);
  salt = byteSource(salt, 'salt');
  info = byteSource(info, 'info');
  validateInteger(length, 'length', 0, 2 ** 31 - 1);
  if (lenOf(info) > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', lenOf(info));
  }
  const jca = macDigest(digest);
  if (length > 255 * lazyBinding().macLength(jca)) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return [jca, key, salt, info];
}

function toArrayBuffer(buf) {
  return ArrayBufferPrototypeSlice(TypedArrayPrototypeGetBuffer(buf), buf.byteOffset,
                                   buf.byteOffset + buf.length);
}

function hkdf(digest, key, salt, info, length, callback) {
  const [jca, k, s, i] = hkdfArgs(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  lazyBinding().hkdf(jca, abOf(k), offOf(k), lenOf(k), abOf(s), offOf(s), lenOf(s), abOf(i), offOf(i),
                     lenOf(i), length, asyncCallback(callback, toArrayBuffer));
}

function hkdfSync(digest, key, salt, info, length) {
  const [jca, k, s, i] = hkdfArgs(digest, key, salt, info, length);
  return toArrayBuffer(syncResult(lazyBinding().hkdf(jca, abOf(k), offOf(k), lenOf(k), abOf(s), offOf(s),
                                                     lenOf(s), abOf(i), offOf(i), lenOf(i), length, null)));
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
