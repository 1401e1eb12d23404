'use strict';
// node:string_decoder. Decodes byte chunks to strings without splitting multi-byte
// characters. The state lives in a 7-byte Buffer, laid out as Node's native decoder keeps it
// (so inspecting a decoder shows the same thing): bytes 0-3 the incomplete character,
// 4 the bytes still missing, 5 the bytes buffered, 6 the encoding's number.

const {
  ArrayBufferIsView,
  ObjectDefineProperties,
  StringPrototypeToLowerCase,
  Symbol,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSubarray,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { Buffer } = require('buffer');
const codec = require('internal/buffer_codec');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissing = 4;
const kBuffered = 5;
const kEncoding = 6;

// Node's encoding numbers (enum encoding in node.h).
const kEncodings = {
  __proto__: null, ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};

function normalize(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (StringPrototypeToLowerCase(`${enc}`)) {
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

function StringDecoder(encoding) {
  const normalized = normalize(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  this[kNativeDecoder] = Buffer.alloc(7);
  this[kNativeDecoder][kEncoding] = kEncodings[normalized];
}

function bytesOf(buf) {
  if (ArrayBufferIsView(buf)) {
    if (buf instanceof Uint8Array) return buf;
    if (TypedArrayPrototypeGetSymbolToStringTag(buf) === undefined) {
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength); // a DataView
    }
    return new Uint8Array(TypedArrayPrototypeGetBuffer(buf), TypedArrayPrototypeGetByteOffset(buf),
                          TypedArrayPrototypeGetByteLength(buf));
  }
  throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

function stateOf(self) {
  const state = self?.[kNativeDecoder];
  if (state === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  return state;
}

// Bytes a UTF-8 lead byte announces for its character, 0 for a byte that cannot lead.
function utf8Size(b) {
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return 0;
}

function decodeWhole(enc, b, start, end) {
  if (end <= start) return '';
  switch (enc) {
    case 'utf8': return codec.utf8Slice(b, start, end);
    case 'utf16le': return codec.ucs2Slice(b, start, end);
    case 'base64': return codec.base64Slice(b, start, end);
    case 'base64url': return codec.base64urlSlice(b, start, end);
    case 'hex': return codec.hexSlice(b, start, end);
    case 'latin1': return codec.latin1Slice(b, start, end);
    default: return codec.asciiSlice(b, start, end);
  }
}

// How many bytes at the end of b[start, end) begin a character that is not complete yet.
function incompleteTail(enc, b, start, end) {
  const n = end - start;
  if (n === 0) return [0, 0];
  if (enc === 'utf8') {
    // Walk back over at most 3 continuation bytes to the lead byte.
    for (let i = end - 1, seen = 1; i >= start; i--, seen++) {
      const c = b[i];
      if ((c & 0xc0) === 0x80) {
        if (seen >= 4 || i === start) return [0, 0];
        continue;
      }
      const size = utf8Size(c);
      if (size === 0 || seen >= size) return [0, 0];
      return [seen, size - seen];
    }
    return [0, 0];
  }
  if (enc === 'utf16le') {
    // An odd byte waits for its unit; a high surrogate is held back only when the chunk
    // ends right after it (Node's rule: it does not look behind an odd byte).
    if ((n & 1) === 1) return [1, 1];
    const hi = b[end - 1];
    if (hi >= 0xd8 && hi <= 0xdb) return [2, 2];
    return [0, 0];
  }
  if (enc === 'base64' || enc === 'base64url') {
    const r = n % 3;
    return r === 0 ? [0, 0] : [r, 3 - r];
  }
  return [0, 0];
}

function completePending(self, state, b, end) {
  // Feeds the pending character from the front of b; returns [decoded, bytes used].
  const enc = self.encoding;
  let used = 0;
  while (state[kMissing] > 0 && used < end) {
    const c = b[used];
    if (enc === 'utf8' && (c & 0xc0) !== 0x80) {
      // Not a continuation byte: the pending character is broken and ends here.
      state[kMissing] = 0;
      break;
    }
    state[state[kBuffered]] = c;
    state[kBuffered]++;
    state[kMissing]--;
    used++;
  }
  if (state[kMissing] > 0) return ['', used];
  const s = decodeWhole(enc, state, 0, state[kBuffered]);
  state[kBuffered] = 0;
  return [s, used];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  const b = bytesOf(buf);
  const state = stateOf(this);
  const enc = this.encoding;
  const end = b.length;
  let prefix = '';
  let start = 0;
  if (state[kMissing] > 0) {
    const [s, used] = completePending(this, state, b, end);
    if (state[kMissing] > 0) return '';
    prefix = s;
    start = used;
  }
  const [tail, missing] = incompleteTail(enc, b, start, end);
  for (let i = 0; i < tail; i++) state[i] = b[end - tail + i];
  state[kBuffered] = tail;
  state[kMissing] = missing;
  return prefix + decodeWhole(enc, b, start, end - tail);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const state = stateOf(this);
  let buffered = state[kBuffered];
  if (buffered > 0) {
    // utf16le drops an odd byte; what is left is flushed as it is.
    if (this.encoding === 'utf16le' && (buffered & 1) === 1) buffered--;
    ret += decodeWhole(this.encoding, state, 0, buffered);
  }
  state[kBuffered] = 0;
  state[kMissing] = 0;
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  const state = stateOf(this);
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return this.write(buf.slice(offset));
};

ObjectDefineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return TypedArrayPrototypeSubarray(stateOf(this), 0, 4); },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return stateOf(this)[kMissing]; },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const state = stateOf(this);
      return state[kBuffered] + state[kMissing];
    },
  },
});

module.exports = { StringDecoder };
