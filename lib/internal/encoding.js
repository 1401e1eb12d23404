'use strict';
// WHATWG Encoding: TextEncoder and TextDecoder. The decoder knows utf-8, utf-16le, utf-16be
// and windows-1252 (which 'latin1', 'ascii' and 'iso-8859-1' name, per the standard); the
// other legacy encodings Node gets from ICU are refused with ERR_NODE4J_UNSUPPORTED.

const {
  ArrayBufferIsView,
  ObjectDefineProperties,
  ObjectGetPrototypeOf,
  StringPrototypeCharCodeAt,
  StringPrototypeToLowerCase,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset,
  TypedArrayPrototypeGetSymbolToStringTag,
  TypedArrayPrototypeSubarray,
  Uint8Array,
} = primordials;

const {
  codes: {
    ERR_ENCODING_INVALID_ENCODED_DATA,
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_NODE4J_UNSUPPORTED,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowObjectsAndNull,
  validateObject,
  validateString,
} = require('internal/validators');
const { isAnyArrayBuffer } = require('internal/util/types');
const codec = require('internal/buffer_codec');

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
const kFlags = Symbol('flags');
const kHandle = Symbol('handle');
const kState = Symbol('state');
const kEncoding = Symbol('encoding');

// Node's converter flag bits, shown by util.inspect(decoder, { showHidden: true }).
const kFatal = 0x2;
const kIgnoreBOM = 0x4;

let lazyInspect;
function inspectValue(value, opts) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(value, opts);
}

// ---- TextEncoder ----

function isUint8Array(value) {
  return TypedArrayPrototypeGetSymbolToStringTag(value) === 'Uint8Array';
}

class TextEncoder {
  #brand = true; // eslint-disable-line no-unused-private-class-members

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) {
      throw new ERR_INVALID_THIS('TextEncoder');
    }
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    input = `${input}`;
    const bytes = new Uint8Array(codec.utf8ByteLength(input));
    if (bytes.length > 0) codec.utf8Write(bytes, input, 0, bytes.length);
    return bytes;
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    validateString(src, 'src');
    if (!isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const written = codec.utf8Write(dest, src, 0, dest.length);
    return { read: unitsForBytes(src, written), written };
  }

  [customInspectSymbol](depth, opts) {
    TextEncoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    return inspectValue({ encoding: this.encoding }, opts);
  }
}

// How many UTF-16 units produced the first `bytes` UTF-8 bytes (writes stop on whole characters).
function unitsForBytes(str, bytes) {
  let units = 0;
  let n = 0;
  while (n < bytes) {
    const c = StringPrototypeCharCodeAt(str, units);
    if (c < 0x80) {
      n += 1;
    } else if (c < 0x800) {
      n += 2;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = StringPrototypeCharCodeAt(str, units + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        units++;
      } else {
        n += 3;
      }
    } else {
      n += 3;
    }
    units++;
  }
  return units;
}

// ---- labels ----

const kLabels = { __proto__: null };
function labels(name, list) {
  for (let i = 0; i < list.length; i++) kLabels[list[i]] = name;
}
labels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
                 'x-unicode20utf8']);
labels('utf-16be', ['unicodefffe', 'utf-16be']);
labels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
                    'utf-16le']);
labels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                        'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                        'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);
// Encodings Node decodes through ICU that node4j does not have: their commonest labels.
const kUnsupported = ['866', 'big5', 'cp866', 'csbig5', 'cseuckr', 'csgb2312', 'csiso2022jp',
  'csiso88596e', 'csiso88596i', 'csiso88598e', 'csiso88598i', 'csisolatin2', 'csisolatin3',
  'csisolatin4', 'csisolatin5', 'csisolatin6', 'csisolatin9', 'csisolatincyrillic', 'csisolatingreek',
  'csisolatinhebrew', 'csisolatinarabic', 'csshiftjis', 'cskoi8r', 'csmacintosh', 'euc-jp', 'euc-kr',
  'gb18030', 'gb2312', 'gbk', 'ibm866', 'iso-2022-jp', 'iso-8859-10', 'iso-8859-13', 'iso-8859-14',
  'iso-8859-15', 'iso-8859-16', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6',
  'iso-8859-7', 'iso-8859-8', 'iso-8859-8-i', 'iso-8859-9', 'koi8-r', 'koi8-u', 'koi8', 'latin2',
  'latin3', 'latin4', 'latin5', 'latin6', 'l2', 'l3', 'l4', 'l5', 'l6', 'l9', 'mac', 'macintosh',
  'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'windows-874',
  'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256',
  'windows-1257', 'windows-1258', 'x-mac-cyrillic', 'x-gbk', 'x-sjis', 'x-euc-jp', 'big5-hkscs',
  'x-user-defined', 'tis-620', 'ks_c_5601-1987', 'korean', 'chinese', 'iso-8859-11', 'dos-874'];
const kUnsupportedSet = { __proto__: null };
for (let i = 0; i < kUnsupported.length; i++) kUnsupportedSet[kUnsupported[i]] = true;

function isAsciiWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function trimAsciiWhitespace(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiWhitespace(StringPrototypeCharCodeAt(s, start))) start++;
  while (end > start && isAsciiWhitespace(StringPrototypeCharCodeAt(s, end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function getEncodingFromLabel(label) {
  return kLabels[StringPrototypeToLowerCase(trimAsciiWhitespace(label))];
}

// ---- decoders: each takes (state, bytes, stream) and returns the text ----

// windows-1252's 0x80-0x9F; everything else is the byte's own code point.
const kWindows1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(state, bytes) {
  const codes = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    codes[i] = b >= 0x80 && b <= 0x9f ? kWindows1252[b - 0x80] : b;
  }
  return codec.codesToString(codes, bytes.length);
}

function concatPending(state, bytes) {
  const pending = state.pending;
  if (pending.length === 0) return bytes;
  const all = new Uint8Array(pending.length + bytes.length);
  for (let i = 0; i < pending.length; i++) all[i] = pending[i];
  for (let i = 0; i < bytes.length; i++) all[pending.length + i] = bytes[i];
  return all;
}

// Length of the tail of b that is a valid but unfinished UTF-8 sequence (0-3 bytes).
function utf8IncompleteTail(b) {
  const n = b.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const lead = b[n - back];
    if ((lead & 0xc0) === 0x80) continue;
    let need;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      need = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lower = 0xa0;
      else if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lower = 0x90;
      else if (lead === 0xf4) upper = 0x8f;
    } else {
      return 0;
    }
    if (back > need) return 0; // complete (or too long): nothing pending
    for (let k = 1; k < back; k++) {
      const c = b[n - back + k];
      if (c < lower || c > upper) return 0;
      lower = 0x80;
      upper = 0xbf;
    }
    return back;
  }
  return 0;
}

function decodeUtf8(state, bytes, stream, fatal) {
  let all = concatPending(state, bytes);
  let keep = 0;
  if (stream) keep = utf8IncompleteTail(all);
  state.pending = keep === 0 ? kEmpty : all.slice(all.length - keep);
  let end = all.length - keep;
  let start = 0;
  if (state.bomPending && end - start >= 3 && all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf) {
    start = 3;
  }
  if (end > 0) state.bomPending = false;
  if (fatal) {
    const valid = require('internal/buffer_extras').isUtf8(TypedArrayPrototypeSubarray(all, start, end));
    if (!valid) throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
  }
  if (start >= end) return '';
  if (start !== 0 || end !== all.length) all = TypedArrayPrototypeSubarray(all, start, end);
  return codec.utf8Slice(all, 0, all.length);
}

function decodeUtf16(state, bytes, stream, fatal, bigEndian) {
  const all = concatPending(state, bytes);
  let units = all.length >>> 1;
  let keep = all.length & 1;
  if (stream && units > 0) {
    // A high surrogate at the end waits for its pair.
    const i = (units - 1) * 2;
    const last = bigEndian ? (all[i] << 8) | all[i + 1] : all[i] | (all[i + 1] << 8);
    if (last >= 0xd800 && last <= 0xdbff) {
      units--;
      keep += 2;
    }
  }
  state.pending = stream && keep !== 0 ? all.slice(all.length - keep) : kEmpty;
  const codes = [];
  let n = 0;
  let u = 0;
  if (state.bomPending && units > 0) {
    const first = bigEndian ? (all[0] << 8) | all[1] : all[0] | (all[1] << 8);
    if (first === 0xfeff) u = 1;
    state.bomPending = false;
  }
  for (; u < units; u++) {
    const c = bigEndian ? (all[2 * u] << 8) | all[2 * u + 1] : all[2 * u] | (all[2 * u + 1] << 8);
    if (c >= 0xd800 && c <= 0xdbff && u + 1 < units) {
      const d = bigEndian ? (all[2 * u + 2] << 8) | all[2 * u + 3] : all[2 * u + 2] | (all[2 * u + 3] << 8);
      if (d >= 0xdc00 && d <= 0xdfff) {
        codes[n++] = c;
        codes[n++] = d;
        u++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdbff && u + 1 === units && !stream && keep !== 0) {
      break; // a high surrogate then an odd byte at the end: one error for both, below
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      if (fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(state.encoding);
      codes[n++] = 0xfffd;
    } else {
      codes[n++] = c;
    }
  }
  if (!stream && keep !== 0) {
    // An odd byte (or a lone high surrogate) left at the end of the stream.
    if (fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(state.encoding);
    codes[n++] = 0xfffd;
  }
  return codec.codesToString(codes, n);
}

const kEmpty = new Uint8Array(0);

// ---- TextDecoder ----

function invalidInput() {
  // Node's native layer words this one without the received value.
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
                            'ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function bytesOf(input) {
  if (input === undefined) return kEmpty;
  if (ArrayBufferIsView(input)) {
    if (TypedArrayPrototypeGetSymbolToStringTag(input) === 'Uint8Array') return input;
    if (TypedArrayPrototypeGetSymbolToStringTag(input) !== undefined) {
      return new Uint8Array(TypedArrayPrototypeGetBuffer(input), TypedArrayPrototypeGetByteOffset(input),
                            TypedArrayPrototypeGetByteLength(input));
    }
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength); // a DataView
  }
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw invalidInput();
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    options ??= {};
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) {
      if (kUnsupportedSet[StringPrototypeToLowerCase(trimAsciiWhitespace(encoding))]) {
        throw new ERR_NODE4J_UNSUPPORTED(`TextDecoder for the "${encoding}" encoding`);
      }
      throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    }
    let flags = 0;
    if (options.fatal) flags |= kFatal;
    if (options.ignoreBOM) flags |= kIgnoreBOM;
    this[kEncoding] = enc;
    this[kFlags] = flags;
    this[kHandle] = undefined;
    this[kState] = { encoding: enc, pending: kEmpty, bomPending: (flags & kIgnoreBOM) === 0 };
  }

  decode(input = undefined, options = undefined) {
    checkDecoder(this);
    const bytes = bytesOf(input);
    let stream = false;
    if (options !== undefined) {
      validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
      stream = !!options?.stream;
    }
    const state = this[kState];
    const fatal = (this[kFlags] & kFatal) !== 0;
    let text;
    try {
      switch (state.encoding) {
        case 'utf-8': text = decodeUtf8(state, bytes, stream, fatal); break;
        case 'utf-16le': text = decodeUtf16(state, bytes, stream, fatal, false); break;
        case 'utf-16be': text = decodeUtf16(state, bytes, stream, fatal, true); break;
        default: text = decodeWindows1252(state, bytes); break;
      }
    } catch (err) {
      resetState(this);
      throw err;
    }
    if (!stream) {
      if (state.pending.length !== 0) {
        // utf-8 bytes of an unfinished character: one U+FFFD, or an error when fatal.
        const rest = state.pending;
        resetState(this);
        if (fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA(state.encoding);
        text += codec.utf8Slice(rest, 0, rest.length);
      }
      resetState(this);
    }
    return text;
  }

  get encoding() {
    return checkDecoder(this)[kEncoding];
  }

  get fatal() {
    return (checkDecoder(this)[kFlags] & kFatal) !== 0;
  }

  get ignoreBOM() {
    return (checkDecoder(this)[kFlags] & kIgnoreBOM) !== 0;
  }

  [customInspectSymbol](depth, opts) {
    checkDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
    if (opts?.showHidden) {
      obj[kFlags] = this[kFlags];
      obj[kHandle] = this[kHandle];
    }
    let name = 'TextDecoder';
    const proto = ObjectGetPrototypeOf(this);
    if (proto?.constructor?.name) name = proto.constructor.name;
    return `${name} ${inspectValue(obj, opts)}`;
  }
}

function resetState(decoder) {
  const state = decoder[kState];
  state.pending = kEmpty;
  state.bomPending = (decoder[kFlags] & kIgnoreBOM) === 0;
}

function checkDecoder(self) {
  if (self === null || typeof self !== 'object' || self[kState] === undefined) {
    throw new ERR_INVALID_THIS('TextDecoder');
  }
  return self;
}

// Node's property attributes: methods and getters enumerable, a non-writable toStringTag.
const enumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(TextEncoder.prototype, {
  encoding: enumerable,
  encode: enumerable,
  encodeInto: enumerable,
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});
ObjectDefineProperties(TextDecoder.prototype, {
  decode: enumerable,
  encoding: enumerable,
  fatal: enumerable,
  ignoreBOM: enumerable,
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = {
  TextDecoder,
  TextEncoder,
  getEncodingFromLabel,
};
