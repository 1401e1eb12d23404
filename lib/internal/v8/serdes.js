'use strict';
// V8's value serializer and deserializer, in JS: the wire format (version 15) that Node's
// v8.serialize() writes and that worker messages travel in, byte for byte as V8 writes it
// (checked against Node 24). GraalJS has no serializer to borrow.
//
// The format: a header (0xFF, version), then one value. Every object gets an id in the order
// it is first written, so a second sighting is a back-reference ('^' id) and cycles survive.

const {
  ArrayBuffer,
  ArrayBufferIsView,
  ArrayBufferPrototypeGetByteLength,
  ArrayBufferPrototypeSlice,
  ArrayIsArray,
  BigInt,
  DataView,
  Date,
  DatePrototypeGetTime,
  Error,
  EvalError,
  Float64Array,
  MapPrototypeEntries,
  MapPrototypeSet,
  NumberIsInteger,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetPrototypeOf,
  ObjectKeys,
  ObjectPrototype,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypeToString,
  RangeError,
  ReferenceError,
  RegExp,
  SafeMap,
  SetPrototypeAdd,
  SetPrototypeValues,
  String,
  ReflectApply,
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  SyntaxError,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSubarray,
  URIError,
  Uint8Array,
} = primordials;

const types = require('internal/util/types');

const kLatestVersion = 15;

// Tags (V8's SerializationTag).
const T = {
  padding: 0x00, verifyCount: 0x3f, hole: 0x2d, undefined: 0x5f, null: 0x30, true: 0x54, false: 0x46,
  int32: 0x49, uint32: 0x55, double: 0x4e, bigint: 0x5a, utf8: 0x53, oneByte: 0x22, twoByte: 0x63,
  ref: 0x5e, beginObject: 0x6f, endObject: 0x7b, beginSparse: 0x61, endSparse: 0x40,
  beginDense: 0x41, endDense: 0x24, date: 0x44, trueObject: 0x79, falseObject: 0x78,
  numberObject: 0x6e, bigintObject: 0x7a, stringObject: 0x73, regexp: 0x52, beginMap: 0x3b,
  endMap: 0x3a, beginSet: 0x27, endSet: 0x2c, arrayBuffer: 0x42, resizableArrayBuffer: 0x7e,
  transfer: 0x74, view: 0x56, sharedArrayBuffer: 0x75, hostObject: 0x5c, error: 0x72,
};

// ArrayBufferView subtags (native views).
const viewTags = { __proto__: null, Int8Array: 0x62, Uint8Array: 0x42, Uint8ClampedArray: 0x43,
  Int16Array: 0x77, Uint16Array: 0x57, Int32Array: 0x64, Uint32Array: 0x44, Float16Array: 0x68,
  Float32Array: 0x66, Float64Array: 0x46, BigInt64Array: 0x71, BigUint64Array: 0x51, DataView: 0x3f };
const viewNames = { __proto__: null };
for (const name in viewTags) viewNames[viewTags[name]] = name;

// Error prototype subtags, message/stack/cause fields, end.
const errorTags = { __proto__: null, EvalError: 0x45, RangeError: 0x52, ReferenceError: 0x46,
  SyntaxError: 0x53, TypeError: 0x54, URIError: 0x55 };
const errorCtors = { __proto__: null, 0x45: EvalError, 0x52: RangeError, 0x46: ReferenceError,
  0x53: SyntaxError, 0x54: TypeError, 0x55: URIError };
const kErrMessage = 0x6d;
const kErrStack = 0x73;
const kErrCause = 0x63;
const kErrEnd = 0x2e;

// RegExp flags as V8 numbers them.
const regexpFlagBits = { __proto__: null, g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, l: 64, d: 128, v: 256 };
const regexpFlagOrder = 'dgimsuvy';

const scratchF64 = new Float64Array(1);
const scratchBytes = new Uint8Array(scratchF64.buffer);

function ctorOf(name) {
  return primordials[name] ?? globalThis[name];
}

function className(value) {
  if (typeof value === 'function') return undefined;
  try {
    let proto = ObjectGetPrototypeOf(value);
    while (proto !== null) {
      const d = ObjectGetOwnPropertyDescriptor(proto, 'constructor');
      if (d !== undefined && typeof d.value === 'function' && typeof d.value.name === 'string' && d.value.name !== '') {
        return d.value.name;
      }
      proto = ObjectGetPrototypeOf(proto);
    }
  } catch {
    // a revoked proxy or a throwing trap: V8 names it Object too
  }
  return 'Object';
}

function describe(value) {
  if (typeof value === 'function') return primordials.FunctionPrototypeToString(value);
  if (typeof value === 'symbol') return primordials.SymbolPrototypeToString(value);
  return `#<${className(value)}>`;
}

class Serializer {
  constructor() {
    this._buf = new Uint8Array(64);
    this._pos = 0;
    this._ids = new SafeMap();
    this._nextId = 0;
    this._transfers = undefined;
    this._viewsAsHost = false;
  }

  // ---- raw output ----
  _ensure(n) {
    if (this._pos + n <= this._buf.length) return;
    let size = this._buf.length * 2;
    while (size < this._pos + n) size *= 2;
    const bigger = new Uint8Array(size);
    TypedArrayPrototypeSet(bigger, TypedArrayPrototypeSubarray(this._buf, 0, this._pos));
    this._buf = bigger;
  }

  _byte(b) {
    this._ensure(1);
    this._buf[this._pos++] = b;
  }

  _varint(n) {
    this._ensure(10);
    const buf = this._buf;
    while (n >= 0x80) {
      buf[this._pos++] = (n % 0x80) | 0x80;
      n = (n - (n % 0x80)) / 0x80;
    }
    buf[this._pos++] = n;
  }

  _varintBig(n) {
    this._ensure(20);
    while (n >= 0x80n) {
      this._buf[this._pos++] = Number(n & 0x7fn) | 0x80;
      n >>= 7n;
    }
    this._buf[this._pos++] = Number(n);
  }

  _double(d) {
    this._ensure(8);
    scratchF64[0] = d;
    for (let i = 0; i < 8; i++) this._buf[this._pos++] = scratchBytes[i];
  }

  _bytes(u8) {
    const n = TypedArrayPrototypeGetLength(u8);
    this._ensure(n);
    TypedArrayPrototypeSet(this._buf, u8, this._pos);
    this._pos += n;
  }

  // ---- Node's v8.Serializer API ----
  writeHeader() {
    this._byte(0xff);
    this._varint(kLatestVersion);
  }

  writeValue(value) {
    this._write(value);
    return true;
  }

  releaseBuffer() {
    const { Buffer } = require('buffer');
    const out = Buffer.from(ArrayBufferPrototypeSlice(this._buf.buffer, 0, this._pos));
    this._buf = new Uint8Array(64);
    this._pos = 0;
    return out;
  }

  /** The serialized bytes so far, without copying (internal: worker messages). */
  _view() {
    return TypedArrayPrototypeSubarray(this._buf, 0, this._pos);
  }

  transferArrayBuffer(id, arrayBuffer) {
    this._transfers ??= new SafeMap();
    this._transfers.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) {
    this._varint(value >>> 0);
  }

  writeUint64(hi, lo) {
    this._varintBig((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  }

  writeDouble(value) {
    this._double(+value);
  }

  writeRawBytes(source) {
    if (!ArrayBufferIsView(source)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'TypedArray', 'DataView'], source);
    }
    this._bytes(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _getDataCloneError(message) {
    return new Error(message);
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this._viewsAsHost = !!flag;
  }

  // Hooks a subclass may override (worker messages add ports and forbid SharedArrayBuffers).
  _isHostObject(value) {
    return false;
  }

  _throwCloneError(value) {
    throw this._getDataCloneError(`${describe(value)} could not be cloned.`);
  }

  // ---- values ----
  _write(value) {
    switch (typeof value) {
      case 'undefined': this._byte(T.undefined); return;
      case 'boolean': this._byte(value ? T.true : T.false); return;
      case 'number': this._number(value); return;
      case 'string': this._string(value); return;
      case 'bigint': this._byte(T.bigint); this._bigint(value); return;
      case 'symbol': case 'function': this._throwCloneError(value); return;
    }
    if (value === null) {
      this._byte(T.null);
      return;
    }
    this._object(value);
  }

  _number(n) {
    if (NumberIsInteger(n) && n >= -0x80000000 && n <= 0x7fffffff && !(n === 0 && 1 / n < 0)) {
      this._byte(T.int32);
      this._varint(n >= 0 ? n * 2 : -n * 2 - 1); // zigzag
    } else {
      this._byte(T.double);
      this._double(n);
    }
  }

  _string(s) {
    const len = s.length;
    let oneByte = true;
    for (let i = 0; i < len; i++) {
      if (StringPrototypeCharCodeAt(s, i) > 0xff) {
        oneByte = false;
        break;
      }
    }
    if (oneByte) {
      this._byte(T.oneByte);
      this._varint(len);
      this._ensure(len);
      const buf = this._buf;
      let p = this._pos;
      for (let i = 0; i < len; i++) buf[p++] = StringPrototypeCharCodeAt(s, i);
      this._pos = p;
      return;
    }
    const byteLength = len * 2;
    // V8 aligns two-byte string data to an even offset with a padding byte.
    if ((this._pos + 1 + varintSize(byteLength)) & 1) this._byte(T.padding);
    this._byte(T.twoByte);
    this._varint(byteLength);
    this._ensure(byteLength);
    const buf = this._buf;
    let p = this._pos;
    for (let i = 0; i < len; i++) {
      const c = StringPrototypeCharCodeAt(s, i);
      buf[p++] = c & 0xff;
      buf[p++] = c >> 8;
    }
    this._pos = p;
  }

  _bigint(b) {
    const negative = b < 0n;
    let magnitude = negative ? -b : b;
    const digits = [];
    while (magnitude > 0n) {
      digits[digits.length] = magnitude & 0xffffffffffffffffn;
      magnitude >>= 64n;
    }
    this._varint((digits.length * 8) * 2 + (negative ? 1 : 0));
    this._ensure(digits.length * 8);
    for (let i = 0; i < digits.length; i++) {
      let d = digits[i];
      for (let j = 0; j < 8; j++) {
        this._buf[this._pos++] = Number(d & 0xffn);
        d >>= 8n;
      }
    }
  }

  _object(value) {
    const id = this._ids.get(value);
    if (id !== undefined) {
      this._byte(T.ref);
      this._varint(id);
      return;
    }
    if (types.isProxy(value)) this._throwCloneError(value);
    const proto = ObjectGetPrototypeOf(value);
    if ((proto === ObjectPrototype || proto === null) && !this._isHostObject(value) && !ArrayIsArray(value) &&
        ObjectPrototypeToString(value) === '[object Object]') {
      this._assignId(value);
      this._plainObject(value);
      return;
    }
    if (ArrayIsArray(value)) {
      this._assignId(value);
      this._array(value);
      return;
    }
    if (ArrayBufferIsView(value)) {
      this._view(value);
      return;
    }
    if (this._isHostObject(value)) {
      this._assignId(value);
      this._byte(T.hostObject);
      this._writeHostObject(value);
      return;
    }
    if (types.isArrayBuffer(value)) {
      this._arrayBuffer(value);
      return;
    }
    if (types.isSharedArrayBuffer(value)) {
      this._assignId(value);
      const id = this._getSharedArrayBufferId(value);
      this._byte(T.sharedArrayBuffer);
      this._varint(id);
      return;
    }
    if (types.isDate(value)) {
      this._assignId(value);
      this._byte(T.date);
      this._double(DatePrototypeGetTime(value));
      return;
    }
    if (types.isRegExp(value)) {
      this._assignId(value);
      this._byte(T.regexp);
      this._string(primordials.RegExpPrototypeGetSource(value));
      const flags = primordials.RegExpPrototypeGetFlags(value);
      let bits = 0;
      for (let i = 0; i < flags.length; i++) bits |= regexpFlagBits[flags[i]] ?? 0;
      this._varint(bits);
      return;
    }
    if (types.isMap(value)) {
      this._assignId(value);
      const entries = drain(MapPrototypeEntries(value));
      this._byte(T.beginMap);
      for (let i = 0; i < entries.length; i++) {
        this._write(entries[i][0]);
        this._write(entries[i][1]);
      }
      this._byte(T.endMap);
      this._varint(entries.length * 2);
      return;
    }
    if (types.isSet(value)) {
      this._assignId(value);
      const items = drain(SetPrototypeValues(value));
      this._byte(T.beginSet);
      for (let i = 0; i < items.length; i++) this._write(items[i]);
      this._byte(T.endSet);
      this._varint(items.length);
      return;
    }
    if (types.isNativeError(value)) {
      this._assignId(value);
      this._error(value);
      return;
    }
    if (types.isBoxedPrimitive(value)) {
      if (types.isSymbolObject(value)) this._throwCloneError(value);
      this._assignId(value);
      if (types.isBooleanObject(value)) {
        this._byte(primordials.BooleanPrototypeValueOf(value) ? T.trueObject : T.falseObject);
      } else if (types.isNumberObject(value)) {
        this._byte(T.numberObject);
        this._double(primordials.NumberPrototypeValueOf(value));
      } else if (types.isBigIntObject(value)) {
        this._byte(T.bigintObject);
        this._bigint(primordials.BigIntPrototypeValueOf(value));
      } else {
        this._byte(T.stringObject);
        this._string(primordials.StringPrototypeValueOf(value));
      }
      return;
    }
    if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
        types.isGeneratorObject(value) || types.isMapIterator(value) || types.isSetIterator(value) ||
        types.isModuleNamespaceObject(value) || isWeakRefLike(value)) {
      this._throwCloneError(value);
    }
    this._assignId(value);
    this._plainObject(value);
  }

  _assignId(value) {
    this._ids.set(value, this._nextId++);
  }

  _plainObject(value) {
    this._byte(T.beginObject);
    const n = this._properties(value, ObjectKeys(value));
    this._byte(T.endObject);
    this._varint(n);
  }

  // Own enumerable properties, re-checked as V8 does (a getter may delete a later one).
  _properties(value, keys) {
    let n = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!ObjectPrototypeHasOwnProperty(value, key)) continue;
      const v = value[key];
      this._key(key);
      this._write(v);
      n++;
    }
    return n;
  }

  _key(key) {
    // Integer-index keys travel as numbers.
    const c = StringPrototypeCharCodeAt(key, 0);
    if (c >= 0x30 && c <= 0x39) {
      const n = +key;
      if (n <= 4294967294 && `${n}` === key) {
        this._number(n);
        return;
      }
    }
    this._string(key);
  }

  _array(value) {
    const length = value.length;
    const keys = ObjectKeys(value);
    // V8 writes packed arrays densely, holey ones as sparse (key/value pairs).
    let dense = true;
    for (let i = 0; i < length; i++) {
      if (!ObjectPrototypeHasOwnProperty(value, i)) {
        dense = false;
        break;
      }
    }
    if (dense) {
      this._byte(T.beginDense);
      this._varint(length);
      for (let i = 0; i < length; i++) this._write(value[i]);
      const extra = keys.length > length ? primordials.ArrayPrototypeSlice(keys, length) : [];
      const n = this._properties(value, extra);
      this._byte(T.endDense);
      this._varint(n);
      this._varint(length);
    } else {
      this._byte(T.beginSparse);
      this._varint(length);
      const n = this._properties(value, keys);
      this._byte(T.endSparse);
      this._varint(n);
      this._varint(length);
    }
  }

  _arrayBuffer(value) {
    const transferId = this._transfers?.get(value);
    this._assignId(value);
    if (transferId !== undefined) {
      this._byte(T.transfer);
      this._varint(transferId);
      return;
    }
    if (primordials.ArrayBufferPrototypeGetDetached?.(value)) {
      throw this._getDataCloneError('An ArrayBuffer is detached and could not be cloned.');
    }
    const length = ArrayBufferPrototypeGetByteLength(value);
    if (value.resizable) {
      this._byte(T.resizableArrayBuffer);
      this._varint(length);
      this._varint(value.maxByteLength);
    } else {
      this._byte(T.arrayBuffer);
      this._varint(length);
    }
    this._bytes(new Uint8Array(value, 0, length));
  }

  _view(value) {
    if (this._viewsAsHost) {
      this._assignId(value);
      this._byte(T.hostObject);
      this._writeHostObject(value);
      return;
    }
    // The buffer goes first (it may be shared by several views), then the view over it.
    const isDataView = types.isDataView(value);
    const buffer = isDataView ? value.buffer : TypedArrayPrototypeGetBuffer(value);
    this._object(buffer);
    this._assignId(value);
    const name = isDataView ? 'DataView' : TypedArrayPrototypeGetSymbolToStringTag(value);
    this._byte(T.view);
    this._byte(viewTags[name]);
    this._varint(isDataView ? value.byteOffset : TypedArrayPrototypeGetByteOffset(value));
    this._varint(isDataView ? value.byteLength : TypedArrayPrototypeGetByteLength(value));
    this._varint(0);
  }

  _error(value) {
    this._byte(T.error);
    let name;
    try {
      name = value.name;
    } catch {
      name = undefined;
    }
    const tag = typeof name === 'string' ? errorTags[name] : undefined;
    if (tag !== undefined) this._byte(tag);
    const message = ObjectGetOwnPropertyDescriptor(value, 'message');
    if (message !== undefined && 'value' in message) {
      this._byte(kErrMessage);
      this._string(String(message.value));
    }
    const stack = value.stack;
    if (typeof stack === 'string') {
      this._byte(kErrStack);
      this._string(stack);
    }
    if (ObjectPrototypeHasOwnProperty(value, 'cause')) {
      const cause = ObjectGetOwnPropertyDescriptor(value, 'cause');
      if ('value' in cause) {
        this._byte(kErrCause);
        this._write(cause.value);
      }
    }
    this._byte(kErrEnd);
  }

  _writeHostObject(value) {
    // The base Serializer has no host objects (Node's throws from C++ the same way).
    this._throwCloneError(value);
  }

  _getSharedArrayBufferId(value) {
    this._throwCloneError(value);
  }
}

// The items of a built-in iterator, taken before any is written (writing may run getters).
function drain(it) {
  const items = [];
  for (let r = it.next(); !r.done; r = it.next()) items[items.length] = r.value;
  return items;
}

function isWeakRefLike(value) {
  const tag = ObjectPrototypeToString(value);
  return tag === '[object WeakRef]' || tag === '[object FinalizationRegistry]';
}

function varintSize(n) {
  let size = 1;
  while (n >= 0x80) {
    n = (n - (n % 0x80)) / 0x80;
    size++;
  }
  return size;
}

function dataError() {
  return new Error('Unable to deserialize cloned data.');
}

class Deserializer {
  constructor(buffer) {
    if (!ArrayBufferIsView(buffer)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this.buffer = buffer;
    this._u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    this._pos = 0;
    this._version = 0;
    this._objects = [];
    this._transfers = undefined;
  }

  readHeader() {
    if (this._u8[this._pos] === 0xff) {
      this._pos++;
      this._version = this._pos < this._u8.length ? this._varint() : 0;
      if (this._version > kLatestVersion || this._version === 0) {
        throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
      }
      return true;
    }
    throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
  }

  getWireFormatVersion() {
    return this._version;
  }

  readValue() {
    return this._read();
  }

  transferArrayBuffer(id, arrayBuffer) {
    this._transfers ??= new SafeMap();
    if (ArrayBufferIsView(arrayBuffer)) arrayBuffer = arrayBuffer.buffer;
    this._transfers.set(id >>> 0, arrayBuffer);
  }

  readUint32() {
    return this._varint() >>> 0;
  }

  readUint64() {
    const n = this._varintBig();
    return [Number(n >> 32n) >>> 0, Number(n & 0xffffffffn) >>> 0];
  }

  readDouble() {
    return this._double();
  }

  _readRawBytes(length) {
    const start = this._pos;
    if (start + length > this._u8.length) throw dataError();
    this._pos += length;
    return start + this.buffer.byteOffset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    const { Buffer } = require('buffer');
    return Buffer.from(this.buffer.buffer, offset, length);
  }

  // ---- raw input ----
  _byteAt() {
    if (this._pos >= this._u8.length) throw dataError();
    return this._u8[this._pos++];
  }

  _varint() {
    let result = 0;
    let factor = 1;
    for (;;) {
      const b = this._byteAt();
      result += (b & 0x7f) * factor;
      if (b < 0x80) return result;
      factor *= 0x80;
    }
  }

  _varintBig() {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const b = this._byteAt();
      result |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return result;
      shift += 7n;
    }
  }

  _double() {
    if (this._pos + 8 > this._u8.length) throw dataError();
    for (let i = 0; i < 8; i++) scratchBytes[i] = this._u8[this._pos++];
    return scratchF64[0];
  }

  _rawString(length, twoByte) {
    if (this._pos + length > this._u8.length) throw dataError();
    const u8 = this._u8;
    let p = this._pos;
    this._pos += length;
    let out = '';
    const chunk = [];
    if (!twoByte) {
      for (let i = 0; i < length;) {
        const n = length - i < 4096 ? length - i : 4096;
        chunk.length = n;
        for (let j = 0; j < n; j++) chunk[j] = u8[p++];
        out += ReflectApply(StringFromCharCode, undefined, chunk);
        i += n;
      }
      return out;
    }
    const units = length >> 1;
    for (let i = 0; i < units;) {
      const n = units - i < 4096 ? units - i : 4096;
      chunk.length = n;
      for (let j = 0; j < n; j++, p += 2) chunk[j] = u8[p] | (u8[p + 1] << 8);
      out += ReflectApply(StringFromCharCode, undefined, chunk);
      i += n;
    }
    return out;
  }

  _readString() {
    const tag = this._tag();
    if (tag === T.oneByte) return this._rawString(this._varint(), false);
    if (tag === T.twoByte) return this._rawString(this._varint(), true);
    if (tag === T.utf8) return this._utf8(this._varint());
    throw dataError();
  }

  _utf8(length) {
    if (this._pos + length > this._u8.length) throw dataError();
    const { Buffer } = require('buffer');
    const s = Buffer.from(this._u8.buffer, this._u8.byteOffset + this._pos, length).toString('utf8');
    this._pos += length;
    return s;
  }

  _tag() {
    let tag;
    do {
      tag = this._byteAt();
    } while (tag === T.padding);
    return tag;
  }

  _peekTag() {
    let p = this._pos;
    while (p < this._u8.length && this._u8[p] === T.padding) p++;
    return p < this._u8.length ? this._u8[p] : -1;
  }

  _remember(obj) {
    this._objects[this._objects.length] = obj;
    return obj;
  }

  _read() {
    const tag = this._tag();
    switch (tag) {
      case T.verifyCount:
        this._varint();
        return this._read();
      case T.undefined: return undefined;
      case T.null: return null;
      case T.true: return true;
      case T.false: return false;
      case T.int32: {
        const z = this._varint();
        return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      }
      case T.uint32: return this._varint();
      case T.double: return this._double();
      case T.bigint: return this._bigint();
      case T.utf8: return this._utf8(this._varint());
      case T.oneByte: return this._rawString(this._varint(), false);
      case T.twoByte: return this._rawString(this._varint(), true);
      case T.ref: {
        const id = this._varint();
        if (id >= this._objects.length) throw dataError();
        const obj = this._objects[id];
        // A second view over a buffer already read: the reference, then the view.
        return types.isAnyArrayBuffer(obj) ? this._maybeView(obj) : obj;
      }
      case T.beginObject: {
        const obj = this._remember({});
        this._readProperties(obj, T.endObject);
        this._varint();
        return obj;
      }
      case T.beginDense: {
        const length = this._varint();
        const arr = this._remember(new Array(length));
        for (let i = 0; i < length; i++) {
          if (this._peekTag() === T.hole) {
            this._tag();
            continue;
          }
          arr[i] = this._read();
        }
        this._readProperties(arr, T.endDense);
        this._varint();
        this._varint();
        return arr;
      }
      case T.beginSparse: {
        const length = this._varint();
        const arr = this._remember(new Array(length));
        this._readProperties(arr, T.endSparse);
        this._varint();
        this._varint();
        return arr;
      }
      case T.date: return this._remember(new Date(this._double()));
      case T.trueObject: return this._remember(Object(true));
      case T.falseObject: return this._remember(Object(false));
      case T.numberObject: return this._remember(Object(this._double()));
      case T.bigintObject: return this._remember(Object(this._bigint()));
      case T.stringObject: return this._remember(Object(this._readString()));
      case T.regexp: {
        const source = this._readString();
        const bits = this._varint();
        let flags = '';
        for (let i = 0; i < regexpFlagOrder.length; i++) {
          if (bits & regexpFlagBits[regexpFlagOrder[i]]) flags += regexpFlagOrder[i];
        }
        return this._remember(new RegExp(source, flags));
      }
      case T.beginMap: {
        const map = this._remember(new primordials.Map());
        while (this._peekTag() !== T.endMap) MapPrototypeSet(map, this._read(), this._read());
        this._tag();
        this._varint();
        return map;
      }
      case T.beginSet: {
        const set = this._remember(new primordials.Set());
        while (this._peekTag() !== T.endSet) SetPrototypeAdd(set, this._read());
        this._tag();
        this._varint();
        return set;
      }
      case T.arrayBuffer: {
        const length = this._varint();
        if (this._pos + length > this._u8.length) throw dataError();
        const ab = new ArrayBuffer(length);
        TypedArrayPrototypeSet(new Uint8Array(ab), TypedArrayPrototypeSubarray(this._u8, this._pos, this._pos + length));
        this._pos += length;
        this._remember(ab);
        return this._maybeView(ab);
      }
      case T.resizableArrayBuffer: {
        const length = this._varint();
        const max = this._varint();
        if (this._pos + length > this._u8.length) throw dataError();
        const ab = new ArrayBuffer(length, { maxByteLength: max });
        TypedArrayPrototypeSet(new Uint8Array(ab), TypedArrayPrototypeSubarray(this._u8, this._pos, this._pos + length));
        this._pos += length;
        this._remember(ab);
        return this._maybeView(ab);
      }
      case T.transfer: {
        const id = this._varint();
        const ab = this._transfers?.get(id);
        if (ab === undefined) throw dataError();
        this._remember(ab);
        return this._maybeView(ab);
      }
      case T.sharedArrayBuffer: {
        const sab = this._remember(this._getSharedArrayBuffer(this._varint()));
        return this._maybeView(sab);
      }
      case T.error: return this._error();
      case T.hostObject: {
        const id = this._objects.length;
        this._objects[id] = undefined;
        const obj = this._readHostObject();
        this._objects[id] = obj;
        return obj;
      }
      default:
        throw dataError();
    }
  }

  _readProperties(obj, endTag) {
    for (;;) {
      const t = this._peekTag();
      if (t === endTag) {
        this._tag();
        return;
      }
      if (t === -1) throw dataError();
      const key = this._read();
      const value = this._read();
      obj[key] = value;
    }
  }

  _maybeView(buffer) {
    if (this._peekTag() !== T.view) return buffer;
    this._tag();
    const sub = this._byteAt();
    const offset = this._varint();
    const length = this._varint();
    if (this._version >= 14) this._varint(); // flags
    const name = viewNames[sub];
    if (name === undefined) throw dataError();
    const Ctor = ctorOf(name);
    const view = name === 'DataView' ? new DataView(buffer, offset, length) :
      new Ctor(buffer, offset, length / Ctor.BYTES_PER_ELEMENT);
    return this._remember(view);
  }

  _bigint() {
    const bitfield = this._varint();
    const negative = bitfield % 2 === 1;
    const byteLength = (bitfield - (negative ? 1 : 0)) / 2;
    if (this._pos + byteLength > this._u8.length) throw dataError();
    let value = 0n;
    for (let i = byteLength - 1; i >= 0; i--) value = (value << 8n) | BigInt(this._u8[this._pos + i]);
    this._pos += byteLength;
    return negative ? -value : value;
  }

  _error() {
    const id = this._objects.length;
    this._objects[id] = undefined;
    let Ctor = Error;
    let message;
    let stack;
    let hasCause = false;
    let cause;
    for (;;) {
      const t = this._byteAt();
      if (t === kErrEnd) break;
      if (t === kErrMessage) message = this._readString();
      else if (t === kErrStack) stack = this._readString();
      else if (t === kErrCause) {
        hasCause = true;
        cause = this._read();
      } else if (errorCtors[t] !== undefined) Ctor = errorCtors[t];
      else throw dataError();
    }
    // A real error object of that kind (so it is one again when serialized), then the
    // fields exactly as they were.
    const err = message === undefined ? new Ctor() : new Ctor(message);
    if (message !== undefined) {
      ObjectDefineProperty(err, 'message', { __proto__: null, value: message, writable: true, configurable: true });
    }
    if (stack !== undefined) {
      ObjectDefineProperty(err, 'stack', { __proto__: null, value: stack, writable: true, configurable: true });
    } else {
      primordials.ReflectDeleteProperty(err, 'stack');
    }
    if (hasCause) {
      ObjectDefineProperty(err, 'cause', { __proto__: null, value: cause, writable: true, configurable: true });
    }
    this._objects[id] = err;
    return err;
  }

  _readHostObject() {
    throw dataError();
  }

  _getSharedArrayBuffer(id) {
    throw dataError();
  }
}

// ---- Node's DefaultSerializer: typed arrays and Buffers as host objects ----
const hostViewTypes = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'DataView', 'Buffer', 'BigInt64Array',
  'BigUint64Array', 'Float16Array'];

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let i = 10; // Buffer
    const { Buffer } = require('buffer');
    if (!(abView instanceof Buffer)) {
      const name = types.isDataView(abView) ? 'DataView' : TypedArrayPrototypeGetSymbolToStringTag(abView);
      i = primordials.ArrayPrototypeIndexOf(hostViewTypes, name);
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const name = hostViewTypes[typeIndex];
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const copy = ArrayBufferPrototypeSlice(this.buffer.buffer, offset, offset + byteLength);
    if (name === 'Buffer') {
      const { Buffer } = require('buffer');
      return Buffer.from(copy);
    }
    if (name === undefined) throw dataError();
    if (name === 'DataView') return new DataView(copy);
    const Ctor = ctorOf(name);
    return new Ctor(copy, 0, byteLength / Ctor.BYTES_PER_ELEMENT);
  }
}

module.exports = {
  DefaultDeserializer,
  DefaultSerializer,
  Deserializer,
  Serializer,
  describe,
};
