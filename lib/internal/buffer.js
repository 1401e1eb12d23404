'use strict';
// FastBuffer (the Uint8Array subclass every Buffer is) and Buffer.prototype's number
// readers/writers, with Node's range checks and error messages. Plain JS on the typed array:
// the engine compiles these to direct memory accesses, so no host call is involved.

const {
  BigInt,
  BigIntAsIntN,
  Float32Array,
  Float64Array,
  FunctionPrototypeCall,
  MathFloor,
  MathTrunc,
  Number,
  ObjectDefineProperty,
  RangeError,
  TypeError,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');
const codec = require('internal/buffer_codec');

// Shared scratch space for float conversions; byte order picked once for this machine.
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);
float32Array[0] = -1;
const bigEndian = uInt8Float32Array[3] === 0;

class FastBuffer extends Uint8Array {
  // Explicit so that `new FastBuffer()` has Uint8Array's argument handling.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Offsets: a number (TypeError), an integer (RangeError), inside the buffer. The checks run
// in the order Node's do, so the first problem reported is the same one.
function checkOffset(buf, offset, size) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  const last = buf.length - size;
  if (offset >= 0 && offset <= last && MathFloor(offset) === offset) return;
  if (MathFloor(offset) !== offset) throw new ERR_OUT_OF_RANGE('offset', 'an integer', offset);
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE('offset', `>= 0 and <= ${last}`, offset);
}

function checkByteLength(byteLength) {
  if (MathFloor(byteLength) !== byteLength) {
    validateNumber(byteLength, 'byteLength');
    throw new ERR_OUT_OF_RANGE('byteLength', 'an integer', byteLength);
  }
  throw new ERR_OUT_OF_RANGE('byteLength', '>= 1 and <= 6', byteLength);
}

// Node words the range by the size: explicit bounds up to 3 bytes, powers of two above.
function checkValue(value, size, signed, big) {
  const bits = size * 8;
  let min;
  let max;
  if (big) {
    min = signed ? -(2n ** BigInt(bits - 1)) : 0n;
    max = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n;
  } else {
    min = signed ? -(2 ** (bits - 1)) : 0;
    max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  }
  if (value >= min && value <= max) return;
  if (!(value > max || value < min)) return; // NaN passes, as in Node
  const n = big ? 'n' : '';
  let range;
  if (size > 4) {
    range = signed ?
      `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}` :
      `>= 0${n} and < 2${n} ** ${bits}${n}`;
  } else {
    range = `>= ${min}${n} and <= ${max}${n}`;
  }
  throw new ERR_OUT_OF_RANGE('value', range, value);
}

// ---- integer reads: `size` bytes, little or big endian, as a double ----

function readUnsigned(buf, offset, size, le) {
  let v = 0;
  if (le) {
    for (let i = size - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < size; i++) v = v * 256 + buf[offset + i];
  }
  return v;
}

function makeReader(size, signed, le) {
  const half = 2 ** (size * 8 - 1);
  const full = 2 ** (size * 8);
  if (signed) {
    return function(offset = 0) {
      checkOffset(this, offset, size);
      const v = readUnsigned(this, offset, size, le);
      return v >= half ? v - full : v;
    };
  }
  return function(offset = 0) {
    checkOffset(this, offset, size);
    return readUnsigned(this, offset, size, le);
  };
}

function makeVariableReader(readers) {
  return function(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    const read = readers[byteLength];
    if (read === undefined || typeof byteLength !== 'number') checkByteLength(byteLength);
    return FunctionPrototypeCall(read, this, offset);
  };
}

// ---- integer writes ----

function writeUnsigned(buf, value, offset, size, le) {
  // The low 32 bits by ToUint32 (two's complement for negatives), the rest by division.
  let lo = value >>> 0;
  let hi = size > 4 ? MathFloor(value / 2 ** 32) : 0;
  for (let i = 0; i < size; i++) {
    const byte = i < 4 ? (lo >>> (8 * i)) & 0xff : (hi >>> (8 * (i - 4))) & 0xff;
    buf[le ? offset + i : offset + size - 1 - i] = byte;
  }
  return offset + size;
}

// The core takes the offset as given; the public methods default it to 0, the
// variable-size ones (writeUIntLE & co.) do not, as in Node.
function makeWriteCore(size, signed, le) {
  if (size === 1) {
    // Node checks the offset's type before the value here, and the value before the bounds.
    return function(buf, value, offset) {
      value = +value;
      if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
      checkValue(value, 1, signed, false);
      checkOffset(buf, offset, 1);
      buf[offset] = value;
      return offset + 1;
    };
  }
  return function(buf, value, offset) {
    value = +value;
    checkValue(value, size, signed, false);
    checkOffset(buf, offset, size);
    return writeUnsigned(buf, value, offset, size, le);
  };
}

function publicWriter(core) {
  return function(value, offset = 0) {
    return core(this, value, offset);
  };
}

function makeVariableWriter(cores) {
  return function(value, offset, byteLength) {
    const core = cores[byteLength];
    if (core === undefined || typeof byteLength !== 'number') checkByteLength(byteLength);
    return core(this, value, offset);
  };
}

// ---- 64-bit BigInt ----

function makeBigReader(signed, le) {
  return function(offset = 0) {
    checkOffset(this, offset, 8);
    const lo = readUnsigned(this, le ? offset : offset + 4, 4, le);
    const hi = readUnsigned(this, le ? offset + 4 : offset, 4, le);
    const v = (BigInt(hi) << 32n) + BigInt(lo);
    return signed ? BigIntAsIntN(64, v) : v;
  };
}

function makeBigWriter(signed, le) {
  return function(value, offset = 0) {
    checkValue(value, 8, signed, true);
    checkOffset(this, offset, 8);
    const lo = Number(value & 0xffffffffn);
    const hi = Number((value >> 32n) & 0xffffffffn);
    writeUnsigned(this, lo, le ? offset : offset + 4, 4, le);
    writeUnsigned(this, hi, le ? offset + 4 : offset, 4, le);
    return offset + 8;
  };
}

// ---- floats, through scratch arrays whose byte order was found once ----

function makeFloatReader(scratch, bytes, le) {
  const size = bytes.length;
  const straight = le !== bigEndian;
  return function(offset = 0) {
    checkOffset(this, offset, size);
    for (let i = 0; i < size; i++) bytes[straight ? i : size - 1 - i] = this[offset + i];
    return scratch[0];
  };
}

function makeFloatWriter(scratch, bytes, le) {
  const size = bytes.length;
  const straight = le !== bigEndian;
  return function(value, offset = 0) {
    value = +value;
    checkOffset(this, offset, size);
    scratch[0] = value;
    for (let i = 0; i < size; i++) this[offset + i] = bytes[straight ? i : size - 1 - i];
    return offset + size;
  };
}

// ---- the per-encoding slice/write methods Node puts on Buffer.prototype ----

// Node's native argument parsing for these: undefined takes the default, other values are
// truncated to integers, negatives are refused.
function indexArg(value, fallback) {
  if (value === undefined) return fallback;
  const n = MathTrunc(+value);
  return n !== n ? 0 : n; // eslint-disable-line no-self-compare
}

function indexOutOfRange() {
  const err = new RangeError('Index out of range');
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function notAString() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function sliceMethod(decode) {
  return function(start, end) {
    const len = this.length;
    start = indexArg(start, 0);
    end = indexArg(end, len);
    if (start < 0 || end < 0 || end > len) throw indexOutOfRange();
    if (end <= start) return '';
    return decode(this, start, end);
  };
}

function writeMethod(encode) {
  return function(string, offset, length) {
    if (typeof string !== 'string') throw notAString();
    const len = this.length;
    offset = indexArg(offset, 0);
    if (offset < 0 || offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    length = indexArg(length, len - offset);
    if (length < 0 || length > len - offset) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    if (length === 0 || string.length === 0) return 0;
    return encode(this, string, offset, length);
  };
}

// Buffer#write and friends use the encoders directly, with these checks done.
function checkedString(string) {
  if (typeof string !== 'string') throw notAString();
}

// The closures above are anonymous; give them the names (and lengths) Node's methods have.
function named(fn, name, length = fn.length) {
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  ObjectDefineProperty(fn, 'length', { __proto__: null, value: length, configurable: true });
  return fn;
}

function addBufferPrototypeMethods(proto) {
  // Node's order of definition, so Object.keys(Buffer.prototype) matches.
  const bigReaders = { UL: makeBigReader(false, true), UB: makeBigReader(false, false),
                       SL: makeBigReader(true, true), SB: makeBigReader(true, false) };
  const bigWriters = { UL: makeBigWriter(false, true), UB: makeBigWriter(false, false),
                       SL: makeBigWriter(true, true), SB: makeBigWriter(true, false) };
  proto.readBigUInt64LE = bigReaders.UL;
  proto.readBigUInt64BE = bigReaders.UB;
  proto.readBigUint64LE = bigReaders.UL;
  proto.readBigUint64BE = bigReaders.UB;
  proto.readBigInt64LE = bigReaders.SL;
  proto.readBigInt64BE = bigReaders.SB;
  proto.writeBigUInt64LE = bigWriters.UL;
  proto.writeBigUInt64BE = bigWriters.UB;
  proto.writeBigUint64LE = bigWriters.UL;
  proto.writeBigUint64BE = bigWriters.UB;
  proto.writeBigInt64LE = bigWriters.SL;
  proto.writeBigInt64BE = bigWriters.SB;

  const r = (signed, le) => {
    const fixed = [undefined];
    for (let size = 1; size <= 6; size++) fixed[size] = makeReader(size, signed, le);
    return fixed;
  };
  const w = (signed, le) => {
    const fixed = [undefined];
    for (let size = 1; size <= 6; size++) fixed[size] = makeWriteCore(size, signed, le);
    return fixed;
  };
  const uLE = r(false, true);
  const uBE = r(false, false);
  const sLE = r(true, true);
  const sBE = r(true, false);
  for (const U of ['UInt', 'Uint']) {
    proto[`read${U}LE`] = proto.readUIntLE ?? makeVariableReader(uLE);
    proto[`read${U}32LE`] = uLE[4];
    proto[`read${U}16LE`] = uLE[2];
    proto[`read${U}8`] = uLE[1];
    proto[`read${U}BE`] = proto.readUIntBE ?? makeVariableReader(uBE);
    proto[`read${U}32BE`] = uBE[4];
    proto[`read${U}16BE`] = uBE[2];
  }
  proto.readIntLE = makeVariableReader(sLE);
  proto.readInt32LE = sLE[4];
  proto.readInt16LE = sLE[2];
  proto.readInt8 = sLE[1];
  proto.readIntBE = makeVariableReader(sBE);
  proto.readInt32BE = sBE[4];
  proto.readInt16BE = sBE[2];

  const wuLE = w(false, true);
  const wuBE = w(false, false);
  const pu = [publicWriter(wuLE[4]), publicWriter(wuLE[2]), publicWriter(wuLE[1]),
              publicWriter(wuBE[4]), publicWriter(wuBE[2])];
  const wsLE = w(true, true);
  const wsBE = w(true, false);
  for (const U of ['UInt', 'Uint']) {
    proto[`write${U}LE`] = proto.writeUIntLE ?? makeVariableWriter(wuLE);
    proto[`write${U}32LE`] = pu[0];
    proto[`write${U}16LE`] = pu[1];
    proto[`write${U}8`] = pu[2];
    proto[`write${U}BE`] = proto.writeUIntBE ?? makeVariableWriter(wuBE);
    proto[`write${U}32BE`] = pu[3];
    proto[`write${U}16BE`] = pu[4];
  }
  proto.writeIntLE = makeVariableWriter(wsLE);
  proto.writeInt32LE = publicWriter(wsLE[4]);
  proto.writeInt16LE = publicWriter(wsLE[2]);
  proto.writeInt8 = publicWriter(wsLE[1]);
  proto.writeIntBE = makeVariableWriter(wsBE);
  proto.writeInt32BE = publicWriter(wsBE[4]);
  proto.writeInt16BE = publicWriter(wsBE[2]);

  proto.readFloatLE = makeFloatReader(float32Array, uInt8Float32Array, true);
  proto.readFloatBE = makeFloatReader(float32Array, uInt8Float32Array, false);
  proto.readDoubleLE = makeFloatReader(float64Array, uInt8Float64Array, true);
  proto.readDoubleBE = makeFloatReader(float64Array, uInt8Float64Array, false);
  proto.writeFloatLE = makeFloatWriter(float32Array, uInt8Float32Array, true);
  proto.writeFloatBE = makeFloatWriter(float32Array, uInt8Float32Array, false);
  proto.writeDoubleLE = makeFloatWriter(float64Array, uInt8Float64Array, true);
  proto.writeDoubleBE = makeFloatWriter(float64Array, uInt8Float64Array, false);

  for (const key of ['readBigUInt64LE', 'readBigUInt64BE', 'readBigInt64LE', 'readBigInt64BE',
    'writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigInt64LE', 'writeBigInt64BE', 'readUIntLE',
    'readUIntBE', 'readIntLE', 'readIntBE', 'writeUIntLE', 'writeUInt32LE', 'writeUInt16LE',
    'writeUInt8', 'writeUIntBE', 'writeUInt32BE', 'writeUInt16BE', 'writeIntLE', 'writeInt32LE',
    'writeInt16LE', 'writeInt8', 'writeIntBE', 'writeInt32BE', 'writeInt16BE']) {
    named(proto[key], key);
  }
  // Node's fixed-size readers are anonymous with length 1; its float methods are named by
  // byte order relative to the machine's.
  for (const size of ['32', '16']) {
    for (const kind of ['UInt', 'Int']) {
      named(proto[`read${kind}${size}LE`], '', 1);
      named(proto[`read${kind}${size}BE`], '', 1);
    }
  }
  named(proto.readUInt8, '', 1);
  named(proto.readInt8, '', 1);
  const [le, be] = bigEndian ? ['Backwards', 'Forwards'] : ['Forwards', 'Backwards'];
  named(proto.readFloatLE, `readFloat${le}`);
  named(proto.readFloatBE, `readFloat${be}`);
  named(proto.readDoubleLE, `readDouble${le}`);
  named(proto.readDoubleBE, `readDouble${be}`);
  named(proto.writeFloatLE, `writeFloat${le}`);
  named(proto.writeFloatBE, `writeFloat${be}`);
  named(proto.writeDoubleLE, `writeDouble${le}`);
  named(proto.writeDoubleBE, `writeDouble${be}`);

  proto.asciiSlice = sliceMethod(codec.asciiSlice);
  proto.base64Slice = sliceMethod(codec.base64Slice);
  proto.base64urlSlice = sliceMethod(codec.base64urlSlice);
  proto.latin1Slice = sliceMethod(codec.latin1Slice);
  proto.hexSlice = sliceMethod(codec.hexSlice);
  proto.ucs2Slice = sliceMethod(codec.ucs2Slice);
  proto.utf8Slice = sliceMethod(codec.utf8Slice);
  proto.asciiWrite = writeMethod(codec.latin1Write);
  proto.base64Write = writeMethod(codec.base64Write);
  proto.base64urlWrite = writeMethod(codec.base64Write);
  proto.latin1Write = writeMethod(codec.latin1Write);
  proto.hexWrite = writeMethod(codec.hexWrite);
  proto.ucs2Write = writeMethod(codec.ucs2Write);
  proto.utf8Write = writeMethod(codec.utf8Write);
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  checkedString,
  named,
};
