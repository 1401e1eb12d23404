'use strict';
// Buffer comparison, searching and pattern fill, with the offset rules of Node's native
// indexOf (negative offsets count from the end; lastIndexOf from past the end searches
// everything; UTF-16 matches only at even byte positions). Large inputs go to the Java
// 'buffer' binding; small ones stay in JS, where a host call would cost more.

const {
  MathMin,
  TypedArrayPrototypeCopyWithin,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeSet,
  TypedArrayPrototypeSlice,
  Uint8Array,
} = primordials;

const codec = require('internal/buffer_codec');

// Sizes above which the binding's bulk loops beat JS element access (see BufferBinding).
const kBulkCompare = 4096;
const kBulkSearch = Infinity;

let binding;
function lazyBinding() {
  binding ??= internalBinding('buffer');
  return binding;
}

function compare(a, aStart, aEnd, b, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = MathMin(aLen, bLen);
  if (n > kBulkCompare) {
    const r = lazyBinding().compare(TypedArrayPrototypeGetBuffer(a), TypedArrayPrototypeGetByteOffset(a) + aStart,
                                    TypedArrayPrototypeGetBuffer(b), TypedArrayPrototypeGetByteOffset(b) + bStart, n);
    if (r !== 0) return r;
  } else {
    for (let i = 0; i < n; i++) {
      const x = a[aStart + i];
      const y = b[bStart + i];
      if (x !== y) return x < y ? -1 : 1;
    }
  }
  return aLen > bLen ? 1 : aLen < bLen ? -1 : 0;
}

// Where the search starts, or -1 when nothing can match.
function startOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function indexOfNumber(buf, needle, byteOffset, forward) {
  const len = buf.length;
  const start = startOffset(len, byteOffset, 1, forward);
  if (start <= -1 || len === 0) return -1;
  needle &= 0xff;
  if (forward) {
    for (let i = start; i < len; i++) if (buf[i] === needle) return i;
  } else {
    for (let i = start; i >= 0; i--) if (buf[i] === needle) return i;
  }
  return -1;
}

function encodeNeedle(str, kind) {
  let len;
  let write;
  if (kind === 'utf16le') {
    len = str.length * 2;
    write = codec.ucs2Write;
  } else if (kind === 'latin1') {
    len = str.length;
    write = codec.latin1Write;
  } else {
    len = codec.utf8ByteLength(str);
    write = codec.utf8Write;
  }
  const bytes = new Uint8Array(len);
  if (len > 0) write(bytes, str, 0, len);
  return bytes;
}

function indexOfString(buf, str, byteOffset, kind, forward) {
  return indexOfBytes(buf, encodeNeedle(str, kind), byteOffset, kind, forward);
}

function indexOfBytes(buf, needle, byteOffset, kind, forward) {
  const hl = buf.length;
  const nl = needle.length;
  const start = startOffset(hl, byteOffset, nl, forward);
  if (nl === 0) return start;
  if (hl === 0 || start <= -1) return -1;
  if ((forward && nl + start > hl) || nl > hl) return -1;
  if (kind === 'utf16le') {
    if (hl < 2 || nl < 2) return -1;
    return indexOfUnits(buf, needle, start >>> 1, forward);
  }
  if (forward && hl - start > kBulkSearch) {
    return lazyBinding().indexOf(TypedArrayPrototypeGetBuffer(buf), TypedArrayPrototypeGetByteOffset(buf), hl,
                                 TypedArrayPrototypeGetBuffer(needle), TypedArrayPrototypeGetByteOffset(needle),
                                 nl, start);
  }
  const last = hl - nl;
  const first = needle[0];
  if (forward) {
    outer: for (let i = start; i <= last; i++) {
      if (buf[i] !== first) continue;
      for (let j = 1; j < nl; j++) if (buf[i + j] !== needle[j]) continue outer;
      return i;
    }
  } else {
    outer: for (let i = MathMin(start, last); i >= 0; i--) {
      if (buf[i] !== first) continue;
      for (let j = 1; j < nl; j++) if (buf[i + j] !== needle[j]) continue outer;
      return i;
    }
  }
  return -1;
}

// UTF-16: the buffer is read as whole 2-byte units; an odd trailing byte is ignored.
function indexOfUnits(buf, needle, startUnit, forward) {
  const hu = buf.length >>> 1;
  const nu = needle.length >>> 1;
  const last = hu - nu;
  if (last < 0) return -1;
  const match = (u) => {
    for (let j = 0; j < nu * 2; j++) if (buf[u * 2 + j] !== needle[j]) return false;
    return true;
  };
  if (forward) {
    for (let u = startUnit; u <= last; u++) if (match(u)) return u * 2;
  } else {
    for (let u = MathMin(startUnit, last); u >= 0; u--) if (match(u)) return u * 2;
  }
  return -1;
}

// Repeats `bytes` over buf[offset, end), doubling the filled span with copyWithin.
function fillBytes(buf, bytes, offset, end) {
  if (TypedArrayPrototypeGetBuffer(bytes) === TypedArrayPrototypeGetBuffer(buf)) {
    bytes = TypedArrayPrototypeSlice(bytes);
  }
  const total = end - offset;
  const n = bytes.length;
  if (n >= total) {
    TypedArrayPrototypeSet(buf, n === total ? bytes : new Uint8Array(
      TypedArrayPrototypeGetBuffer(bytes), bytes.byteOffset, total), offset);
    return;
  }
  TypedArrayPrototypeSet(buf, bytes, offset);
  let filled = n;
  while (filled < total) {
    const chunk = MathMin(filled, total - filled);
    TypedArrayPrototypeCopyWithin(buf, offset + filled, offset, offset + chunk);
    filled += chunk;
  }
}

module.exports = {
  compare,
  fillBytes,
  indexOfBytes,
  indexOfNumber,
  indexOfString,
};
