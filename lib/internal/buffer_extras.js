'use strict';
// The rarely used exports of node:buffer, kept out of its start-up cost: atob/btoa
// (WHATWG forgiving-base64), transcode (ICU's conversions as Node exposes them), isUtf8,
// isAscii, resolveObjectURL.

const {
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { isAnyArrayBuffer } = require('internal/util/types');
const codec = require('internal/buffer_codec');

let DOMException;
function invalidCharacter(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'InvalidCharacterError');
}

function lazyBuffer() {
  return require('buffer').Buffer;
}

// ---- atob / btoa ----

function isAsciiWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function isBase64Char(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ||
    c === 0x2b || c === 0x2f;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  // Forgiving-base64: whitespace is dropped; '=' only as one or two final characters.
  let count = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = StringPrototypeCharCodeAt(input, i);
    if (isAsciiWhitespace(c)) continue;
    if (c === 0x3d) {
      equals++;
      count++;
      if (equals > 2) throw invalidCharacter('Invalid character');
    } else if (isBase64Char(c)) {
      if (equals !== 0) throw invalidCharacter('Invalid character');
      count++;
    } else {
      throw invalidCharacter('Invalid character');
    }
  }
  let rest = count % 4;
  if (rest === 0) {
    rest = (count - equals) % 4;
  } else if (equals !== 0) {
    throw invalidCharacter('Invalid character');
  }
  if (rest === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  return lazyBuffer().from(input, 'base64').toString('latin1');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (StringPrototypeCharCodeAt(input, i) > 0xff) throw invalidCharacter('Invalid character');
  }
  return lazyBuffer().from(input, 'latin1').toString('base64');
}

// ---- isUtf8 / isAscii ----

function bytesOf(input) {
  const tag = TypedArrayPrototypeGetSymbolToStringTag(input);
  if (tag !== undefined) {
    return new Uint8Array(TypedArrayPrototypeGetBuffer(input), TypedArrayPrototypeGetByteOffset(input),
                          TypedArrayPrototypeGetByteLength(input));
  }
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

// Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
function validUtf8(b, start, end) {
  let i = start;
  while (i < end) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need;
    let lower = 0x80;
    let upper = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lower = 0xa0;
      else if (c === 0xed) upper = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lower = 0x90;
      else if (c === 0xf4) upper = 0x8f;
    } else {
      return false;
    }
    if (i + need >= end) return false;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d < lower || d > upper) return false;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return true;
}

function bulk(method, b) {
  return internalBinding('buffer')[method](TypedArrayPrototypeGetBuffer(b), TypedArrayPrototypeGetByteOffset(b),
                                           TypedArrayPrototypeGetByteLength(b));
}

function isUtf8(input) {
  const b = bytesOf(input);
  if (b.length > 512) return bulk('isUtf8', b);
  return validUtf8(b, 0, b.length);
}

function isAscii(input) {
  const b = bytesOf(input);
  if (b.length > 512) return bulk('isAscii', b);
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return false;
  return true;
}

// ---- transcode ----

const kTranscodable = { __proto__: null, utf8: true, ucs2: true, latin1: true, ascii: true };

function canonical(enc) {
  switch (StringPrototypeToLowerCase(`${enc}`)) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'ucs2';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

// Decodes to a JS string; unrepresentable input becomes U+FFFD, or fails when `strict`.
function decodeFor(bytes, from, strict) {
  const n = bytes.length;
  switch (from) {
    case 'utf8':
      if (strict && !validUtf8(bytes, 0, n)) return undefined;
      return codec.utf8Slice(bytes, 0, n);
    case 'ucs2': {
      if (strict && (n & 1) !== 0) return undefined;
      const s = codec.ucs2Slice(bytes, 0, n);
      if (strict) {
        for (let i = 0; i < s.length; i++) {
          const c = StringPrototypeCharCodeAt(s, i);
          if (c >= 0xd800 && c <= 0xdbff) {
            const d = StringPrototypeCharCodeAt(s, i + 1);
            if (!(d >= 0xdc00 && d <= 0xdfff)) return undefined;
            i++;
          } else if (c >= 0xdc00 && c <= 0xdfff) {
            return undefined;
          }
        }
      }
      return s;
    }
    case 'latin1':
      return codec.latin1Slice(bytes, 0, n);
    default: { // ascii: bytes past 0x7f are invalid there
      let s = '';
      for (let i = 0; i < n; i++) s += bytes[i] < 0x80 ? StringFromCharCode(bytes[i]) : '\ufffd';
      return s;
    }
  }
}

// One '?' per code point the target cannot hold (ICU's substitution character).
function encodeNarrow(s, max) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = StringPrototypeCharCodeAt(s, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    out[out.length] = c <= max ? c : 0x3f;
  }
  return out;
}

function transcode(source, fromEncoding, toEncoding) {
  if (TypedArrayPrototypeGetSymbolToStringTag(source) !== 'Uint8Array') {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  const Buffer = lazyBuffer();
  if (source.length === 0) return Buffer.alloc(0);
  const from = canonical(fromEncoding);
  const to = canonical(toEncoding);
  if (!kTranscodable[from] || !kTranscodable[to]) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }
  if (from === to) return Buffer.from(source);
  const strict = (from === 'utf8' && to === 'ucs2') || (from === 'ucs2' && to === 'utf8');
  const s = decodeFor(source, from, strict);
  if (s === undefined) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  if (to === 'utf8') return Buffer.from(s, 'utf8');
  if (to === 'ucs2') return Buffer.from(s, 'utf16le');
  return Buffer.from(encodeNarrow(s, to === 'latin1' ? 0xff : 0x7f));
}

// ---- resolveObjectURL ----

function resolveObjectURL(url) {
  url = `${url}`;
  // Only URLs minted by URL.createObjectURL (blob:nodedata:<id>) can resolve; node4j has no
  // such registry yet, so anything else answers undefined as in Node and those are refused.
  if (StringPrototypeToLowerCase(StringPrototypeSlice(url, 0, 14)) !== 'blob:nodedata:') return undefined;
  const { codes: { ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');
  throw new ERR_NODE4J_UNSUPPORTED('buffer.resolveObjectURL() of a blob: URL');
}

module.exports = {
  atob,
  btoa,
  isAscii,
  isUtf8,
  resolveObjectURL,
  transcode,
};
