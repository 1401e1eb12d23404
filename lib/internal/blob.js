'use strict';
// Blob: immutable bytes with a MIME type. The parts are joined into one Uint8Array when the
// Blob is made (Node keeps them in native memory); slices share it, as nothing can change it.

const {
  MathCeil,
  MathFloor,
  MathMax,
  MathMin,
  ObjectDefineProperties,
  PromiseReject,
  PromiseResolve,
  StringPrototypeCharCodeAt,
  StringPrototypeToLowerCase,
  Symbol,
  SymbolFor,
  SymbolIterator,
  SymbolToStringTag,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSlice,
  TypedArrayPrototypeSubarray,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_NODE4J_UNSUPPORTED },
} = require('internal/errors');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

function notSequence() {
  // The WebIDL conversion's wording, as Node reports it.
  const err = new TypeError('Value cannot be converted to sequence.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function isBlob(value) {
  return value !== null && typeof value === 'object' && value[kBytes] !== undefined;
}

// Lower-cased when every character is printable ASCII, otherwise the empty string.
function normalizeType(type) {
  type = `${type}`;
  for (let i = 0; i < type.length; i++) {
    const c = StringPrototypeCharCodeAt(type, i);
    if (c < 0x20 || c > 0x7e) return '';
  }
  return StringPrototypeToLowerCase(type);
}

let textEncoder;
function encodeString(s, endings) {
  if (endings === 'native') s = s.replace(/\r\n|\r/g, '\n'); // this platform's EOL is \n
  textEncoder ??= new (require('internal/encoding').TextEncoder)();
  return textEncoder.encode(s);
}

function bytesOfPart(part, endings) {
  if (isAnyArrayBuffer(part)) return TypedArrayPrototypeSlice(new Uint8Array(part));
  if (isArrayBufferView(part)) {
    const view = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    return TypedArrayPrototypeSlice(view);
  }
  if (isBlob(part)) return part[kBytes];
  return encodeString(`${part}`, endings);
}

class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[SymbolIterator] !== 'function') {
      throw notSequence();
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const { endings = 'transparent', type = '' } = options ?? {};
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let length = 0;
    for (const part of sources) {
      const bytes = bytesOfPart(part, endings);
      parts[parts.length] = bytes;
      length += TypedArrayPrototypeGetByteLength(bytes);
    }
    let all;
    if (parts.length === 1) {
      all = parts[0];
    } else {
      all = new Uint8Array(length);
      let offset = 0;
      for (let i = 0; i < parts.length; i++) {
        TypedArrayPrototypeSet(all, parts[i], offset);
        offset += parts[i].length;
      }
    }
    this[kBytes] = all;
    this[kType] = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].length;
    start = relative(start, size);
    end = end === undefined ? size : relative(end, size);
    const span = MathMax(end - start, 0);
    const blob = new Blob();
    blob[kBytes] = TypedArrayPrototypeSubarray(this[kBytes], start, start + span);
    blob[kType] = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    return PromiseResolve(copyBuffer(this[kBytes]));
  }

  text() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    const { TextDecoder } = require('internal/encoding');
    return PromiseResolve(new TextDecoder().decode(this[kBytes]));
  }

  bytes() {
    if (!isBlob(this)) return PromiseReject(new ERR_INVALID_THIS('Blob'));
    return PromiseResolve(new Uint8Array(copyBuffer(this[kBytes])));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const web = webStreams('Blob.prototype.stream');
    const bytes = this[kBytes];
    let offset = 0;
    return new web.ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        const end = MathMin(bytes.length, offset + 65536);
        controller.enqueue(TypedArrayPrototypeSlice(bytes, offset, end));
        offset = end;
      },
    });
  }

  textStream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const web = webStreams('Blob.prototype.textStream');
    return this.stream().pipeThrough(new web.TextDecoderStream());
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { inspect } = require('internal/util/inspect');
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

function webStreams(what) {
  const { BuiltinModule } = require('internal/bootstrap/realm');
  if (!BuiltinModule.exists('stream/web')) throw new ERR_NODE4J_UNSUPPORTED(what);
  return require('stream/web');
}

function relative(value, size) {
  value = +value;
  if (value !== value) return 0; // eslint-disable-line no-self-compare
  value = value < 0 ? MathCeil(value) : MathFloor(value);
  if (value < 0) return MathMax(size + value, 0);
  return MathMin(value, size);
}

function copyBuffer(bytes) {
  const buffer = TypedArrayPrototypeGetBuffer(bytes);
  const offset = TypedArrayPrototypeGetByteOffset(bytes);
  const copy = new Uint8Array(TypedArrayPrototypeGetByteLength(bytes));
  TypedArrayPrototypeSet(copy, new Uint8Array(buffer, offset, copy.length));
  return TypedArrayPrototypeGetBuffer(copy);
}

const enumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(Blob.prototype, {
  size: enumerable,
  type: enumerable,
  slice: enumerable,
  stream: enumerable,
  text: enumerable,
  arrayBuffer: enumerable,
  bytes: enumerable,
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'Blob' },
});

module.exports = {
  Blob,
  isBlob,
  kBlobBytes: kBytes,
  kBlobType: kType,
};
