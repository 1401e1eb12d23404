'use strict';
// randomBytes/randomFill/randomInt/randomUUID/getRandomValues. Bytes come from the JDK's
// SecureRandom in bulk; randomUUID and randomInt draw from a small cached pool (as Node's
// entropy cache) so a loop of them costs one Java call per many results.

const {
  ArrayBufferPrototypeGetByteLength,
  DateNow,
  MathFloor,
  MathMin,
  NumberIsNaN,
  NumberIsSafeInteger,
  StringPrototypePadStart,
  NumberPrototypeToString,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber, validateFunction, validateBoolean, validateObject } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { abOf, fromJava, lazyBinding, lenOf, offOf } = require('internal/crypto/util');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = MathMin(2 ** 32 - 1, kMaxInt32);

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = MathMin(length, kMaxPossibleLength);
  if (NumberIsNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (NumberIsNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function javaBytes(n) {
  return fromJava(lazyBinding().randomBytes(n));
}

// Deferred like a thread-pool completion.
function later(fn, ...args) {
  setImmediate(() => fn(...args));
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = javaBytes(size);
  if (callback === undefined) return buf;
  later(callback, null, buf);
}

// The bytes of buf[offset, offset+size) as a Uint8Array (elements counted in bytes).
function byteView(buf) {
  if (isAnyArrayBuffer(buf)) return new Uint8Array(buf);
  return new Uint8Array(abOf(buf), offOf(buf), lenOf(buf));
}

function checkBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function elementSizeOf(buf) {
  return buf.BYTES_PER_ELEMENT || 1;
}

function byteLengthOf(buf) {
  return isAnyArrayBuffer(buf) ? ArrayBufferPrototypeGetByteLength(buf) : lenOf(buf);
}

function fillInto(buf, offset, size) {
  if (size === 0) return;
  const view = byteView(buf);
  TypedArrayPrototypeSet(view, javaBytes(size), offset);
}

function randomFillSync(buf, offset = 0, size) {
  checkBuf(buf);
  const elementSize = elementSizeOf(buf);
  const length = byteLengthOf(buf);
  offset = assertOffset(offset, elementSize, length);
  if (size === undefined) size = length - offset;
  else size = assertSize(size, elementSize, offset, length);
  fillInto(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuf(buf);
  const elementSize = elementSizeOf(buf);
  const length = byteLengthOf(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = length;
  } else if (typeof size === 'function') {
    validateFunction(size, 'callback');
    callback = size;
    offset = assertOffset(offset, elementSize, length);
    size = length - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, length);
    if (size === undefined) size = length - offset;
    else size = assertSize(size, elementSize, offset, length);
  }
  validateFunction(callback, 'callback');
  fillInto(buf, offset, size);
  later(callback, null, buf);
}

// ---- the entropy cache for randomInt/randomUUID ----

const kPoolSize = 16 * 128;
let pool;
let poolOffset = kPoolSize;
function takeBytes(n) {
  if (poolOffset + n > kPoolSize) {
    pool = javaBytes(kPoolSize);
    poolOffset = 0;
  }
  const at = poolOffset;
  poolOffset += n;
  return at;
}

// randomInt: uniform over [min, max) by rejection from 48-bit draws, as Node.
const RAND_MAX = 0xFFFF_FFFF_FFFF;
function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!NumberIsSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!NumberIsSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const randLimit = RAND_MAX - (RAND_MAX % range);
  for (;;) {
    const at = takeBytes(6);
    const x = pool.readUIntBE(at, 6);
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
}

const hex = [];
for (let i = 0; i < 256; i++) hex[i] = StringPrototypePadStart(NumberPrototypeToString(i, 16), 2, '0');

// The 16 random bytes of one UUID: uuidBytes[at, at + 16), from the cached pool unless the
// options ask for fresh entropy. Returns `at`; no object per call on this hot path.
let uuidBytes;
function takeUuidBytes(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options ?? {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    uuidBytes = javaBytes(16);
    return 0;
  }
  const at = takeBytes(16);
  uuidBytes = pool;
  return at;
}

function randomUUID(options) {
  const at = takeUuidBytes(options);
  const b = uuidBytes;
  const b6 = (b[at + 6] & 0x0f) | 0x40;
  const b8 = (b[at + 8] & 0x3f) | 0x80;
  return hex[b[at]] + hex[b[at + 1]] + hex[b[at + 2]] + hex[b[at + 3]] + '-' +
    hex[b[at + 4]] + hex[b[at + 5]] + '-' + hex[b6] + hex[b[at + 7]] + '-' +
    hex[b8] + hex[b[at + 9]] + '-' + hex[b[at + 10]] + hex[b[at + 11]] +
    hex[b[at + 12]] + hex[b[at + 13]] + hex[b[at + 14]] + hex[b[at + 15]];
}

// UUID version 7: 48 bits of Unix milliseconds, then random bits with version and variant set.
function randomUUIDv7(options) {
  const at = takeUuidBytes(options);
  const b = uuidBytes;
  const ms = DateNow();
  const hi = MathFloor(ms / 0x1000000);
  const lo = ms % 0x1000000;
  const t = [(hi >>> 16) & 0xff, (hi >>> 8) & 0xff, hi & 0xff, (lo >>> 16) & 0xff, (lo >>> 8) & 0xff, lo & 0xff];
  const b6 = (b[at + 6] & 0x0f) | 0x70;
  const b8 = (b[at + 8] & 0x3f) | 0x80;
  return hex[t[0]] + hex[t[1]] + hex[t[2]] + hex[t[3]] + '-' + hex[t[4]] + hex[t[5]] + '-' +
    hex[b6] + hex[b[at + 7]] + '-' + hex[b8] + hex[b[at + 9]] + '-' + hex[b[at + 10]] + hex[b[at + 11]] +
    hex[b[at + 12]] + hex[b[at + 13]] + hex[b[at + 14]] + hex[b[at + 15]];
}

const integerTypes = new primordials.SafeSet(['Int8Array', 'Uint8Array', 'Uint8ClampedArray',
  'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);

let DOMException;
// Web Crypto's getRandomValues: integer typed arrays of at most 65,536 bytes, filled in place.
function getRandomValues(data) {
  const tag = isArrayBufferView(data) ? TypedArrayPrototypeGetSymbolToStringTag(data) : undefined;
  if (tag === undefined || !integerTypes.has(tag)) {
    DOMException ??= require('internal/per_context/domexception').DOMException;
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  const n = TypedArrayPrototypeGetByteLength(data);
  if (n > 65536) {
    DOMException ??= require('internal/per_context/domexception').DOMException;
    throw new DOMException(`The requested length exceeds 65,536 bytes`, 'QuotaExceededError');
  }
  fillInto(data, 0, n);
  return data;
}

module.exports = {
  getRandomValues,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  randomUUIDv7,
  // for callers that need raw bytes (keys, webcrypto)
  javaBytes,
  assertSize,
};
