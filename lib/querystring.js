'use strict';
// querystring: parse and format URL query strings, with Node's exact (legacy) behaviour.

const {
  Array,
  ArrayIsArray,
  Int8Array,
  MathAbs,
  NumberIsFinite,
  ObjectKeys,
  String,
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  decodeURIComponent,
} = primordials;

let BufferCtor;
function lazyBuffer() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const noEscape = new Int8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
      c === 45 || c === 46 || c === 95 || c === 126 ||
      c === 33 || c === 39 || c === 40 || c === 41 || c === 42) {
    noEscape[c] = 1;
  }
}

const hexTable = new Array(256);
for (let i = 0; i < 256; i++) {
  hexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;
}

// Value of a hex digit by char code (< 128), or -1.
const unhexTable = new Int8Array(128).fill(-1);
for (let c = 0; c < 10; c++) unhexTable[48 + c] = c;
for (let c = 0; c < 6; c++) {
  unhexTable[65 + c] = 10 + c;
  unhexTable[97 + c] = 10 + c;
}
function unhex(code) {
  return code < 128 ? unhexTable[code] : -1;
}

// Percent-decode into bytes. Chars that are not part of an escape are taken as one byte
// each (their low 8 bits), '+' becomes a space when decodeSpaces.
function unescapeBuffer(s, decodeSpaces) {
  const Buffer = lazyBuffer();
  const len = s.length;
  const out = Buffer.allocUnsafe(len);
  let n = 0;
  let sawEscape = false;
  for (let i = 0; i < len; i++) {
    let code = StringPrototypeCharCodeAt(s, i);
    if (code === 43 && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (code === 37 && i < len - 2) {
      const hi = unhex(StringPrototypeCharCodeAt(s, i + 1));
      const lo = hi === -1 ? -1 : unhex(StringPrototypeCharCodeAt(s, i + 2));
      if (lo !== -1) {
        code = hi * 16 + lo;
        i += 2;
        sawEscape = true;
      }
    }
    out[n++] = code;
  }
  return sawEscape ? out.subarray(0, n) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
}

let ERR_INVALID_URI;
// UTF-8 percent-encoding of str, keeping the chars of `keep`. A high surrogate takes the
// next unit as its partner whatever it is; a surrogate at the very end is an error.
function encodeStr(str, keep) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      if (last < i) out += StringPrototypeSlice(str, last, i);
      last = i + 1;
      out += hexTable[c];
      continue;
    }
    if (last < i) out += StringPrototypeSlice(str, last, i);
    if (c < 0x800) {
      last = i + 1;
      out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
      continue;
    }
    if (c < 0xD800 || c >= 0xE000) {
      last = i + 1;
      out += hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] +
        hexTable[0x80 | (c & 0x3F)];
      continue;
    }
    i++;
    if (i >= len) {
      ERR_INVALID_URI ??= require('internal/errors').codes.ERR_INVALID_URI;
      throw new ERR_INVALID_URI();
    }
    c = 0x10000 + (((c & 0x3FF) << 10) | (StringPrototypeCharCodeAt(str, i) & 0x3FF));
    last = i + 1;
    out += hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
      hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
  }
  if (last === 0) return str;
  if (last < len) out += StringPrototypeSlice(str, last);
  return out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape);
}

function primitiveToString(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && NumberIsFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the default escape, numbers below 1e21 cannot need escaping: skip the call.
function encodeDefault(v, encode) {
  if (typeof v === 'string') return v.length > 0 ? encode(v) : '';
  if (typeof v === 'number' && NumberIsFinite(v)) return MathAbs(v) < 1e21 ? `${v}` : encode(`${v}`);
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeCustom(v, encode) {
  return encode(primitiveToString(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  const keys = ObjectKeys(obj);
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (ArrayIsArray(v)) {
      const n = v.length;
      if (n === 0) continue;
      if (out) out += sep;
      for (let j = 0; j < n; j++) {
        if (j) out += sep;
        out += ks + convert(v[j], encode);
      }
    } else {
      if (out) out += sep;
      out += ks + convert(v, encode);
    }
  }
  return out;
}

function charCodes(str) {
  const codes = [];
  for (let i = 0; i < str.length; i++) codes[i] = StringPrototypeCharCodeAt(str, i);
  return codes;
}
const defaultSep = [38]; // '&'
const defaultEq = [61]; // '='

function decodeStr(s, decode) {
  try {
    return decode(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addPair(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  const current = obj[key];
  if (current === undefined) {
    obj[key] = value;
  } else if (current.pop) {
    current[current.length] = value;
  } else {
    obj[key] = [current, value];
  }
}

// One pass over the string. Separators are matched as they stream by (a partial match
// that breaks off is not re-examined). Keys and values are decoded only if they hold a
// valid %XX escape, unless a custom decoder is in use; '+' means space ('%20' is handed to
// a custom decoder instead).
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepCodes = sep ? charCodes(String(sep)) : defaultSep;
  const eqCodes = eq ? charCodes(String(eq)) : defaultEq;
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  let budget = 1000;
  if (options && typeof options.maxKeys === 'number') {
    budget = options.maxKeys > 0 ? options.maxKeys : 0; // 0: no limit
  }
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;
  const plus = custom ? '%20' : ' ';

  let key = '';
  let value = '';
  let start = 0; // first char not yet copied into key/value
  let sepIdx = 0;
  let eqIdx = 0; // === eqLen once the key is complete
  let keyEncoded = custom;
  let valEncoded = custom;
  let escapeState = 0; // 1 after '%', 2 after '%X'; a third hex digit marks it encoded

  for (let i = 0; i < qs.length; i++) {
    const code = StringPrototypeCharCodeAt(qs, i);
    if (code === sepCodes[sepIdx]) {
      if (++sepIdx !== sepLen) continue;
      const end = i - sepLen + 1;
      if (eqIdx < eqLen) {
        if (start < end) {
          key += StringPrototypeSlice(qs, start, end);
        } else if (key.length === 0) {
          // An empty pair: nothing to add, but it counts towards maxKeys.
          if (--budget === 0) return obj;
          start = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (start < end) {
        value += StringPrototypeSlice(qs, start, end);
      }
      addPair(obj, key, value, keyEncoded, valEncoded, decode);
      if (--budget === 0) return obj;
      keyEncoded = valEncoded = custom;
      key = value = '';
      escapeState = 0;
      start = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }
    sepIdx = 0;
    if (eqIdx < eqLen) {
      // Still in the key.
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (start < end) key += StringPrototypeSlice(qs, start, end);
          escapeState = 0;
          start = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37) {
          escapeState = 1;
          continue;
        }
        if (escapeState > 0) {
          if (unhex(code) !== -1) {
            if (++escapeState === 3) keyEncoded = true;
            continue;
          }
          escapeState = 0;
        }
      }
      if (code === 43) {
        if (start < i) key += StringPrototypeSlice(qs, start, i);
        key += plus;
        start = i + 1;
        continue;
      }
    }
    if (code === 43) {
      if (start < i) value += StringPrototypeSlice(qs, start, i);
      value += plus;
      start = i + 1;
    } else if (!valEncoded) {
      if (code === 37) {
        escapeState = 1;
      } else if (escapeState > 0) {
        if (unhex(code) !== -1) {
          if (++escapeState === 3) valEncoded = true;
        } else {
          escapeState = 0;
        }
      }
    }
  }

  if (start < qs.length) {
    if (eqIdx < eqLen) key += StringPrototypeSlice(qs, start);
    else if (sepIdx < sepLen) value += StringPrototypeSlice(qs, start);
  } else if (eqIdx === 0 && key.length === 0) {
    return obj; // ended on an empty pair
  }
  addPair(obj, key, value, keyEncoded, valEncoded, decode);
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
