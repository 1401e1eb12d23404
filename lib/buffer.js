'use strict';
// node:buffer. A Buffer is a Uint8Array whose prototype is Buffer.prototype (FastBuffer);
// small allocations share a pool, as in Node, so `buf.buffer` may be larger than `buf`.
// Codecs live in internal/buffer_codec (JS for small inputs, the Java 'buffer' binding for
// large ones); Blob/File/atob/btoa and the rarer functions load on first use.

const {
  Array,
  ArrayIsArray,
  ArrayPrototypeForEach,
  ErrorCaptureStackTrace,
  MathFloor,
  MathMin,
  MathTrunc,
  NumberIsInteger,
  NumberIsNaN,
  NumberMAX_SAFE_INTEGER,
  NumberMIN_SAFE_INTEGER,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectSetPrototypeOf,
  RangeError,
  RegExpPrototypeExec,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  SymbolFor,
  SymbolSpecies,
  SymbolToPrimitive,
  TypedArrayPrototypeFill,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSlice,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_STRING_TOO_LONG,
    ERR_UNKNOWN_ENCODING,
  },
  hideStackFrames,
} = require('internal/errors');
const {
  validateArray,
  validateBuffer,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
} = require('internal/util/types');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  checkedString: validateWriteString,
  named,
} = require('internal/buffer');
const codec = require('internal/buffer_codec');
const search = require('internal/buffer_search');

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');

const kMaxLength = NumberMAX_SAFE_INTEGER;
const kStringMaxLength = 536870888; // V8's, which Node reports; checked in toString()
const constants = {};
ObjectDefineProperties(constants, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});

let INSPECT_MAX_BYTES = 50;

function isUint8Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8Array';
}

// ---- encodings ----

// name -> operations; `slice`/`write` take (buf, ...) and assume validated ranges.
function op(encoding, byteLength, write, slice, kind) {
  return { encoding, byteLength, write, slice, kind };
}
const encodingOps = {
  __proto__: null,
  utf8: op('utf8', codec.utf8ByteLength, codec.utf8Write, codec.utf8Slice, 'utf8'),
  ucs2: op('utf16le', (s) => s.length * 2, codec.ucs2Write, codec.ucs2Slice, 'utf16le'),
  latin1: op('latin1', (s) => s.length, codec.latin1Write, codec.latin1Slice, 'latin1'),
  ascii: op('ascii', (s) => s.length, codec.latin1Write, codec.asciiSlice, 'ascii'),
  base64: op('base64', (s) => codec.base64ByteLength(s, s.length), codec.base64Write,
             codec.base64Slice, 'base64'),
  base64url: op('base64url', (s) => codec.base64ByteLength(s, s.length), codec.base64Write,
                codec.base64urlSlice, 'base64url'),
  hex: op('hex', (s) => s.length >>> 1, codec.hexWrite, codec.hexSlice, 'hex'),
};
encodingOps.utf16le = encodingOps.ucs2;

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string') enc = `${enc}`;
  switch (StringPrototypeToLowerCase(enc)) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

// Stricter than normalizeEncoding: null, undefined and '' name no encoding here.
function getEncodingOps(encoding) {
  if (typeof encoding === 'string') {
    const fast = encodingOps[encoding];
    if (fast !== undefined) return fast;
  }
  encoding = `${encoding}`;
  if (encoding.length === 0 || encoding === 'null' || encoding === 'undefined') return undefined;
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) return undefined;
  return normalized === 'utf16le' ? encodingOps.ucs2 : encodingOps[normalized];
}

// ---- the pool ----

let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new FastBuffer(poolSize).buffer;
  poolOffset = 0;
}

function alignPool() {
  // Keep slices 8-byte aligned so Float64Array & co. can view them.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

// ---- Buffer ----

let bufferWarned = false;
function showDeprecation() {
  if (bufferWarned) return;
  // Node warns only for calls from outside node_modules.
  const site = {};
  ErrorCaptureStackTrace(site, Buffer);
  const caller = RegExpPrototypeExec(/\n\s+at ([^\n]*)/, `${site.stack}`);
  if (caller !== null && RegExpPrototypeExec(/[\\/]node_modules[\\/]/, caller[1]) !== null) return;
  bufferWarned = true;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

ObjectDefineProperty(Buffer, SymbolSpecies, {
  __proto__: null, enumerable: false, configurable: true,
  get() { return FastBuffer; },
});


FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
addBufferPrototypeMethods(Buffer.prototype);
ObjectSetPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 64 * 1024;

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (NumberIsNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer();
  if (len < (Buffer.poolSize >>> 1)) {
    const b = allocate(len);
    TypedArrayPrototypeSet(b, obj, 0);
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && ArrayIsArray(obj.data)) return fromArrayLike(obj.data);
}

function fromStringFast(string, ops) {
  const half = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= half) return createFromString(string, ops);
  length *= 4; // the most any encoding needs per code unit
  if (length >= half) length = ops.byteLength(string);
  if (length >= half) return createFromString(string, ops, length);
  if (allocPool === undefined || length > (poolSize - poolOffset)) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function createFromString(string, ops, length = undefined) {
  if (length === undefined) {
    if (ops.kind === 'utf8' && string.length > codec.kEncodeBulk) {
      // One pass in Java instead of measuring, then encoding.
      const bytes = codec.utf8EncodeAll(string);
      const b = new FastBuffer(bytes.length);
      TypedArrayPrototypeSet(b, bytes, 0);
      return b;
    }
    length = ops.byteLength(string);
  }
  const b = new FastBuffer(length);
  const actual = ops.write(b, string, 0, length);
  if (actual === length) return b;
  return new FastBuffer(TypedArrayPrototypeGetBuffer(b), 0, actual);
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[SymbolToPrimitive] === 'function') {
      const primitive = value[SymbolToPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
                                 ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
                                 value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = TypedArrayPrototypeGetLength(view);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayPrototypeSlice(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(TypedArrayPrototypeGetBuffer(view),
                                      TypedArrayPrototypeGetByteOffset(view),
                                      TypedArrayPrototypeGetByteLength(view)));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

const validateSize = hideStackFrames((size) => {
  validateNumber(size, 'size', 0, kMaxLength);
});

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
ObjectSetPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
ObjectSetPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return search.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      // Node reports the list element by index.
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  // Zero the rest when the given length is longer than the data.
  if (pos < length) TypedArrayPrototypeFill(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === 'utf8') return codec.utf8ByteLength(string);
  if (encoding === 'ascii') return len;
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return codec.utf8ByteLength(string); // Node falls back to utf8
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---- prototype ----

ObjectDefineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
ObjectDefineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

const validateOffset = hideStackFrames((value, name, min = 0, max = kMaxLength) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!NumberIsInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
});

function toInteger(n, defaultVal) {
  n = +n;
  if (!NumberIsNaN(n) && n >= NumberMIN_SAFE_INTEGER && n <= NumberMAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : MathFloor(n));
  }
  return defaultVal;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  const sourceLen = TypedArrayPrototypeGetByteLength(source);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = NumberIsInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = NumberIsInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > sourceLen) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${sourceLen}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = sourceLen;
  } else {
    sourceEnd = NumberIsInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= TypedArrayPrototypeGetByteLength(target) || sourceStart >= sourceEnd) return 0;
  return copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  const targetLen = TypedArrayPrototypeGetByteLength(target);
  if (sourceEnd - sourceStart > targetLen - targetStart) sourceEnd = sourceStart + targetLen - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = TypedArrayPrototypeGetByteLength(source) - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart === 0 && nb === TypedArrayPrototypeGetByteLength(source)) {
    TypedArrayPrototypeSet(target, source, targetStart);
  } else {
    // set() copies as memmove does when both views share memory.
    TypedArrayPrototypeSet(target, new Uint8Array(TypedArrayPrototypeGetBuffer(source),
                                                  TypedArrayPrototypeGetByteOffset(source) + sourceStart,
                                                  nb), targetStart);
  }
  return nb;
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

Buffer.prototype.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return this.utf8Slice(0, this.length);
  const len = this.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = MathTrunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = MathTrunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined) return checkedString(codec.utf8Slice(this, start, end));
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return checkedString(ops.slice(this, start, end));
};

function checkedString(s) {
  if (s.length > kStringMaxLength) throw new ERR_STRING_TOO_LONG();
  return s;
}

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = TypedArrayPrototypeGetByteLength(this);
  if (len !== TypedArrayPrototypeGetByteLength(otherBuffer)) return false;
  return len === 0 || search.compare(this, 0, len, otherBuffer, 0, len) === 0;
};

let utilInspect;
// Also used as Buffer.prototype[util.inspect.custom].
Buffer.prototype.inspect = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = MathMin(max, this.length);
  const remaining = this.length - max;
  let str = '';
  const hex = codec.hexSlice(this, 0, actualMax);
  for (let i = 0; i < hex.length; i += 2) {
    if (i !== 0) str += ' ';
    str += StringPrototypeSlice(hex, i, i + 2);
  }
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own non-index properties are shown too, as util.inspect would show them.
  if (ctx) {
    let extras = false;
    const filter = ctx.showHidden ? 0 : 2; // ALL_PROPERTIES : ONLY_ENUMERABLE
    const obj = { __proto__: null };
    ArrayPrototypeForEach(internalBinding('util').getOwnNonIndexProperties(this, filter), (key) => {
      extras = true;
      obj[key] = this[key];
    });
    if (extras) {
      utilInspect ??= require('internal/util/inspect').inspect;
      if (this.length !== 0) str += ', ';
      // '[Object: null prototype] {' and ' }' are cut off the object's rendering.
      str += StringPrototypeSlice(utilInspect(obj, {
        ...ctx,
        breakLength: Infinity,
        compact: true,
      }), 27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
Buffer.prototype[customInspectSymbol] = Buffer.prototype.inspect;

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return search.compare(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) throw outOfRangeNative('sourceStart');
  if (targetStart > target.length) throw outOfRangeNative('targetStart');
  return search.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

// Node's C++ layer words these without the usual "It must be" part.
function outOfRangeNative(name) {
  const err = new RangeError(`The value of "${name}" is out of range.`);
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // null, [] and the like become 0; undefined, {} and 'foo' become NaN: the whole buffer.
  byteOffset = +byteOffset;
  if (NumberIsNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = MathTrunc(byteOffset);
  if (typeof val === 'number') return search.indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (ops.kind === 'utf8' || ops.kind === 'latin1' || ops.kind === 'utf16le') {
      return search.indexOfString(buffer, val, byteOffset, ops.kind, dir);
    }
    return search.indexOfBytes(buffer, fromStringFast(val, ops), byteOffset, ops.kind, dir);
  }
  if (isUint8Array(val)) {
    return search.indexOfBytes(buffer, val, byteOffset, ops === undefined ? 'utf8' : ops.kind, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};
// Node's report a length of 4 for these three.
named(Buffer.prototype.indexOf, 'indexOf', 4);
named(Buffer.prototype.lastIndexOf, 'lastIndexOf', 4);
named(Buffer.prototype.includes, 'includes', 4);

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0; // an empty string fills with zeros
    } else if (value.length === 1) {
      // One byte: fill with it as a number.
      if (normalizedEncoding === 'utf8') {
        const code = StringPrototypeCharCodeAt(value, 0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = StringPrototypeCharCodeAt(value, 0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    // Invalid ranges are not set to a default, so can range check early.
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = TypedArrayPrototypeGetByteLength(buf);
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    TypedArrayPrototypeFill(buf, value, offset, end);
    return buf;
  }
  let bytes;
  if (typeof value === 'string') {
    bytes = fromStringFast(value, getEncodingOps(encoding));
  } else if (isArrayBufferView(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    // Anything else counts as a number, as Node's native fill takes it.
    TypedArrayPrototypeFill(buf, (+value >>> 0) & 255, offset, end);
    return buf;
  }
  if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (offset > buf.length || end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  search.fillBytes(buf, bytes, offset, end);
  return buf;
}

Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

Buffer.prototype.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  if (encoding === 'ascii') return this.asciiWrite(string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  validateWriteString(string);
  if (length === 0 || string.length === 0) return 0;
  return ops.write(this, string, offset, length);
};

Buffer.prototype.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  // Math.trunc keeps offsets beyond int32; `| 0` would not.
  offset = MathTrunc(offset);
  if (offset === 0 || NumberIsNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

Buffer.prototype.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

Buffer.prototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

Buffer.prototype.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
};

Buffer.prototype.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};

Buffer.prototype.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// ---- rarer exports, loaded on first use ----

let extras;
function lazyExtras() {
  extras ??= require('internal/buffer_extras');
  return extras;
}

function atob(input) {
  return lazyExtras().atob(...arguments);
}

function btoa(input) {
  return lazyExtras().btoa(...arguments);
}

function transcode(source, fromEncoding, toEncoding) {
  return lazyExtras().transcode(source, fromEncoding, toEncoding);
}

function isUtf8(input) {
  return lazyExtras().isUtf8(input);
}

function isAscii(input) {
  return lazyExtras().isAscii(input);
}

function resolveObjectURL(url) {
  return lazyExtras().resolveObjectURL(url);
}

module.exports = {
  Buffer,
  SlowBuffer: lazyDeprecatedSlowBuffer(),
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  resolveObjectURL,
  File: undefined,
};

function lazyDeprecatedSlowBuffer() {
  let warned = false;
  function deprecated(size) {
    if (!warned) {
      warned = true;
      process.emitWarning('SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()',
                          'DeprecationWarning', 'DEP0030');
    }
    return SlowBuffer(size);
  }
  ObjectSetPrototypeOf(deprecated, SlowBuffer);
  deprecated.prototype = SlowBuffer.prototype;
  return deprecated;
}

ObjectDefineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
  Blob: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: undefined,
  },
  File: {
    __proto__: null, configurable: true, enumerable: true, writable: true,
    value: undefined,
  },
});
// Blob and File load on first access, then stay as plain data properties.
for (const [name, id] of [['Blob', 'internal/blob'], ['File', 'internal/file']]) {
  ObjectDefineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = require(id)[name];
      ObjectDefineProperty(module.exports, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
      return value;
    },
    set(value) {
      ObjectDefineProperty(module.exports, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
    },
  });
}
