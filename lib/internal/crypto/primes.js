'use strict';
// crypto.checkPrime(Sync) / generatePrime(Sync) over BigInteger (the binding's Primes), and
// crypto.generateKey(Sync) for 'hmac' and 'aes' secret keys. Numbers cross as big-endian bytes.

const {
  ArrayBufferPrototypeSlice,
  BigInt,
  NumberParseInt,
  RangeError,
  StringPrototypePadStart,
  TypedArrayPrototypeGetBuffer,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInt32, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { abOf, bufferFrom, fromJava, lazyBinding, lenOf, nativeError, offOf } = require('internal/crypto/util');

// bigint | ArrayBuffer | view -> a view of its big-endian bytes
function numberBytes(value, name, what) {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new ERR_OUT_OF_RANGE(name, '>= 0', value);
    let hex = value.toString(16);
    if (hex.length % 2 === 1) hex = `0${hex}`;
    return bufferFrom(hex, 'hex');
  }
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  if (isArrayBufferView(value)) return value;
  throw new ERR_INVALID_ARG_TYPE(name, ['bigint', 'ArrayBuffer', 'TypedArray', 'Buffer', 'DataView'], value);
}

function toBigInt(view) {
  const hex = bufferFrom(new Uint8Array(abOf(view), offOf(view), lenOf(view))).toString('hex');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

function checkPrimeArgs(candidate, options) {
  const view = numberBytes(candidate, 'candidate');
  let checks = 0;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.checks !== undefined) {
      validateInt32(options.checks, 'options.checks', 0);
      checks = options.checks;
    }
  }
  return [view, checks];
}

function checkPrimeSync(candidate, options) {
  const [view, checks] = checkPrimeArgs(candidate, options);
  return lazyBinding().checkPrime(abOf(view), offOf(view), lenOf(view), checks);
}

function checkPrime(candidate, opts, cb) {
  const [options, callback] = optionsAndCallback(opts, cb);
  const [view, checks] = checkPrimeArgs(candidate, options);
  const result = lazyBinding().checkPrime(abOf(view), offOf(view), lenOf(view), checks);
  process.nextTick(callback, undefined, result);
}

function primeArgs(size, options) {
  validateInt32(size, 'size', 1);
  const o = options ?? {};
  validateObject(o, 'options');
  const { safe = false, bigint = false } = o;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  let add = null;
  let rem = null;
  if (o.add !== undefined) add = numberBytes(o.add, 'options.add');
  if (o.rem !== undefined) rem = numberBytes(o.rem, 'options.rem');
  if (add !== null) {
    const a = toBigInt(add);
    // OpenSSL's checks, with Node's messages
    if (a === 0n || a.toString(2).length > size) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.add');
    if (rem !== null && toBigInt(rem) >= a) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.rem');
  } else {
    rem = null;
  }
  return { size, safe, bigint, add, rem };
}

function primeResult(r, bigint) {
  if (typeof r === 'string') {
    const err = new Error('error:01800076:bignum routines::bits too small');
    err.library = 'bignum routines';
    err.reason = 'bits too small';
    return { err };
  }
  const buf = fromJava(r);
  if (bigint) return { value: toBigInt(buf) };
  return { value: ArrayBufferPrototypeSlice(TypedArrayPrototypeGetBuffer(buf), buf.byteOffset, buf.byteOffset + buf.length) };
}

function callPrime(a, cb) {
  const view = (v) => (v === null ? [null, 0, 0] : [abOf(v), offOf(v), lenOf(v)]);
  return lazyBinding().generatePrime(a.size, a.safe, ...view(a.add), ...view(a.rem), cb);
}

function generatePrimeSync(size, options) {
  const a = primeArgs(size, options);
  const { err, value } = primeResult(callPrime(a, null), a.bigint);
  if (err) throw err;
  return value;
}

// (options, callback) or (callback): the two with the callback checked
function optionsAndCallback(options, callback) {
  if (typeof options === 'function') return [undefined, options];
  validateFunction(callback, 'callback');
  return [options, callback];
}

function generatePrime(size, opts, cb) {
  const [options, callback] = optionsAndCallback(opts, cb);
  const a = primeArgs(size, options);
  callPrime(a, (error, buffer) => {
    const { err, value } = primeResult(error === null ? buffer : error, a.bigint);
    callback(err, value);
  });
}

// ---- generateKey ----

function secretKeyLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateInt32(length, 'options.length', 8);
    return length >> 3;
  }
  if (type === 'aes') {
    validateOneOf(length, 'options.length', [128, 192, 256]);
    return length >> 3;
  }
  throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
}

function generateKeySync(type, options) {
  const n = secretKeyLength(type, options);
  const { createSecretKey } = require('internal/crypto/keys');
  return createSecretKey(fromJava(lazyBinding().randomBytes(n)));
}

function generateKey(type, opts, cb) {
  const [options, callback] = optionsAndCallback(opts, cb);
  const key = generateKeySync(type, options);
  process.nextTick(callback, null, key);
}

module.exports = { checkPrime, checkPrimeSync, generatePrime, generatePrimeSync, generateKey, generateKeySync };
