'use strict';
// Byte <-> string codecs for Buffer's encodings, with Node's exact semantics: WHATWG
// replacement characters for bad UTF-8, lenient base64 (either alphabet, whitespace and junk
// skipped), hex stopping at the first invalid pair, whole characters only on writes.
// Small inputs are converted here in JS (a host call costs more than it saves); large ones
// go to the Java 'buffer' binding, which works on the backing bytes in bulk.

const {
  ArrayBuffer,
  Int8Array,
  MathMin,
  ReflectApply,
  StringFromCharCode,
  StringPrototypeCharCodeAt,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSet,
  Uint8Array,
} = primordials;

// Above these sizes the Java binding wins over the JS loops (measured, see BufferBinding).
const kDecodeBulk = 512;
const kEncodeBulk = 512;

let binding;
function lazyBinding() {
  binding ??= internalBinding('buffer');
  return binding;
}

// buf[start, end) as (ArrayBuffer, absolute offset, length) for the binding.
function bulkSlice(method, buf, start, end) {
  return lazyBinding()[method](TypedArrayPrototypeGetBuffer(buf),
                               TypedArrayPrototypeGetByteOffset(buf) + start, end - start);
}

// Copies a ByteBuffer the binding returned into buf at offset; returns its length.
function putBytes(buf, offset, byteBuffer) {
  const view = new Uint8Array(new ArrayBuffer(byteBuffer));
  TypedArrayPrototypeSet(buf, view, offset);
  return view.length;
}

// Strings are assembled from code-unit chunks; apply() with huge arrays overflows the stack.
const kChunk = 8192;
function codesToString(codes, n) {
  if (n <= kChunk) {
    if (n === codes.length) return ReflectApply(StringFromCharCode, null, codes);
    codes.length = n;
    return ReflectApply(StringFromCharCode, null, codes);
  }
  let s = '';
  for (let i = 0; i < n; i += kChunk) {
    const part = [];
    const end = MathMin(n, i + kChunk);
    for (let j = i; j < end; j++) part[j - i] = codes[j];
    s += ReflectApply(StringFromCharCode, null, part);
  }
  return s;
}

// ---- UTF-8 ----

function utf8ByteLength(str) {
  const len = str.length;
  if (len > kEncodeBulk) return lazyBinding().utf8Length(str);
  let n = len;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      n += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = StringPrototypeCharCodeAt(str, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        // A pair: 4 bytes for 2 code units.
        n += 2;
        i++;
      } else {
        n += 2;
      }
    } else {
      n += 2;
    }
  }
  return n;
}

// Writes whole characters of str into buf[offset, offset + max); returns bytes written.
function utf8Write(buf, str, offset, max) {
  const len = str.length;
  if (len > kEncodeBulk && max > kEncodeBulk) {
    return putBytes(buf, offset, lazyBinding().utf8Encode(str, max));
  }
  let p = offset;
  const end = offset + max;
  for (let i = 0; i < len; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      if (p >= end) break;
      buf[p++] = c;
    } else if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < len) {
          const d = StringPrototypeCharCodeAt(str, i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            if (p + 4 > end) break;
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            buf[p++] = 0xf0 | (c >> 18);
            buf[p++] = 0x80 | ((c >> 12) & 0x3f);
            buf[p++] = 0x80 | ((c >> 6) & 0x3f);
            buf[p++] = 0x80 | (c & 0x3f);
            i++;
            continue;
          }
        }
        c = 0xfffd; // a lone surrogate
      }
      if (p + 3 > end) break;
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
  }
  return p - offset;
}

// WHATWG UTF-8 decode: each maximal invalid subpart becomes one U+FFFD.
function utf8Slice(buf, start, end) {
  if (end - start > kDecodeBulk) return bulkSlice('utf8Slice', buf, start, end);
  const codes = [];
  let n = 0;
  let i = start;
  while (i < end) {
    const b = buf[i];
    if (b < 0x80) {
      codes[n++] = b;
      i++;
      continue;
    }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1; cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      else if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      else if (b === 0xf4) upper = 0x8f;
    } else {
      codes[n++] = 0xfffd;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (j >= end) { ok = false; break; }
      const c = buf[j];
      if (c < lower || c > upper) { ok = false; break; }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok) {
      codes[n++] = 0xfffd;
      i = j;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      codes[n++] = 0xd800 + (cp >> 10);
      codes[n++] = 0xdc00 + (cp & 0x3ff);
    } else {
      codes[n++] = cp;
    }
    i = j;
  }
  return codesToString(codes, n);
}

// ---- latin1 / ascii ----

function latin1Write(buf, str, offset, max) {
  const n = MathMin(str.length, max);
  if (n > kEncodeBulk) return putBytes(buf, offset, lazyBinding().latin1Encode(str, n));
  for (let i = 0; i < n; i++) buf[offset + i] = StringPrototypeCharCodeAt(str, i);
  return n;
}

function latin1Slice(buf, start, end) {
  if (end - start > kDecodeBulk) return bulkSlice('latin1Slice', buf, start, end);
  const codes = [];
  for (let i = start; i < end; i++) codes[i - start] = buf[i];
  return codesToString(codes, end - start);
}

function asciiSlice(buf, start, end) {
  if (end - start > kDecodeBulk) return bulkSlice('asciiSlice', buf, start, end);
  const codes = [];
  for (let i = start; i < end; i++) codes[i - start] = buf[i] & 0x7f;
  return codesToString(codes, end - start);
}

// ---- UTF-16LE ----

function ucs2Write(buf, str, offset, max) {
  const n = MathMin(str.length, max >>> 1);
  if (n > kEncodeBulk) return putBytes(buf, offset, lazyBinding().ucs2Encode(str, n));
  let p = offset;
  for (let i = 0; i < n; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    buf[p++] = c & 0xff;
    buf[p++] = c >>> 8;
  }
  return n * 2;
}

function ucs2Slice(buf, start, end) {
  const units = (end - start) >>> 1;
  if (units * 2 > kDecodeBulk) return bulkSlice('ucs2Slice', buf, start, end);
  const codes = [];
  for (let i = 0; i < units; i++) codes[i] = buf[start + 2 * i] | (buf[start + 2 * i + 1] << 8);
  return codesToString(codes, units);
}

// ---- hex ----

const hexChars = '0123456789abcdef';
let hexTable; // byte -> two-character string
function hexSlice(buf, start, end) {
  if (end - start > kDecodeBulk) return bulkSlice('hexSlice', buf, start, end);
  if (hexTable === undefined) {
    hexTable = new Array(256);
    for (let i = 0; i < 256; i++) hexTable[i] = hexChars[i >> 4] + hexChars[i & 15];
  }
  let s = '';
  for (let i = start; i < end; i++) s += hexTable[buf[i]];
  return s;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// Decodes pairs until the first invalid one (Node truncates there).
function hexWrite(buf, str, offset, max) {
  const n = MathMin(str.length >>> 1, max);
  if (n > kEncodeBulk) return putBytes(buf, offset, lazyBinding().hexDecode(str, n));
  for (let i = 0; i < n; i++) {
    // Two-byte strings are read by the low byte of each unit, as Node does.
    const hi = hexValue(StringPrototypeCharCodeAt(str, 2 * i) & 0xff);
    const lo = hexValue(StringPrototypeCharCodeAt(str, 2 * i + 1) & 0xff);
    if (hi < 0 || lo < 0) return i;
    buf[offset + i] = (hi << 4) | lo;
  }
  return n;
}

// ---- base64 / base64url ----

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// char code -> 6-bit value; both alphabets decode in both encodings, as in Node.
const b64Values = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  b64Values[StringPrototypeCharCodeAt(b64, i)] = i;
  b64Values[StringPrototypeCharCodeAt(b64url, i)] = i;
}

function base64Encode(buf, start, end, alphabet, pad) {
  if (end - start > kDecodeBulk) {
    return lazyBinding().base64Slice(TypedArrayPrototypeGetBuffer(buf),
                                     TypedArrayPrototypeGetByteOffset(buf) + start, end - start, !pad);
  }
  let s = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    s += alphabet[v >> 18] + alphabet[(v >> 12) & 63] + alphabet[(v >> 6) & 63] + alphabet[v & 63];
  }
  const rest = end - i;
  if (rest === 1) {
    const v = buf[i] << 16;
    s += alphabet[v >> 18] + alphabet[(v >> 12) & 63];
    if (pad) s += '==';
  } else if (rest === 2) {
    const v = (buf[i] << 16) | (buf[i + 1] << 8);
    s += alphabet[v >> 18] + alphabet[(v >> 12) & 63] + alphabet[(v >> 6) & 63];
    if (pad) s += '=';
  }
  return s;
}

function base64Slice(buf, start, end) {
  return base64Encode(buf, start, end, b64, true);
}

function base64urlSlice(buf, start, end) {
  return base64Encode(buf, start, end, b64url, false);
}

// Decoded size as Node estimates it for Buffer.byteLength (padding aware, junk counted).
function base64ByteLength(str, bytes) {
  if (bytes > 0 && StringPrototypeCharCodeAt(str, bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && StringPrototypeCharCodeAt(str, bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

// Lenient decode: characters outside both alphabets are skipped, '=' ends the input.
function base64Write(buf, str, offset, max) {
  const len = str.length;
  if (len > kEncodeBulk && max > kEncodeBulk) return putBytes(buf, offset, lazyBinding().base64Decode(str, max));
  let p = offset;
  const end = offset + max;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len && p < end; i++) {
    // Node reads a two-byte string's units by their low byte here.
    const c = StringPrototypeCharCodeAt(str, i) & 0xff;
    if (c === 0x3d) break;
    const v = c < 128 ? b64Values[c] : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      buf[p++] = (acc >> bits) & 0xff;
    }
  }
  return p - offset;
}

// The exact decoded size (used when the result buffer is sized before decoding).
function base64DecodedLength(str) {
  const len = str.length;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i) & 0xff;
    if (c === 0x3d) break;
    if (c < 128 && b64Values[c] >= 0) n++;
  }
  return (n * 3) >>> 2;
}

// A whole string's UTF-8 bytes in one crossing (for new buffers of unknown size).
function utf8EncodeAll(str) {
  return new Uint8Array(new ArrayBuffer(lazyBinding().utf8Encode(str, Infinity)));
}

module.exports = {
  asciiSlice,
  kEncodeBulk,
  utf8EncodeAll,
  base64ByteLength,
  base64DecodedLength,
  base64Slice,
  base64Write,
  base64urlSlice,
  codesToString,
  hexSlice,
  hexWrite,
  latin1Slice,
  latin1Write,
  ucs2Slice,
  ucs2Write,
  utf8ByteLength,
  utf8Slice,
  utf8Write,
};
