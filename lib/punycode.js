'use strict';
// punycode: Punycode (RFC 3492) and IDNA label mapping, matching the punycode.js 2.x API
// that Node bundles. Deprecated (DEP0040): loading it from code outside node_modules warns.

const {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  ErrorCaptureStackTrace,
  MathFloor,
  RangeError,
  RegExpPrototypeExec,
  StringFromCharCode,
  StringFromCodePoint,
  StringPrototypeCharCodeAt,
  StringPrototypeLastIndexOf,
  StringPrototypeReplace,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
} = primordials;

// True when the nearest caller that is not core code lives in a node_modules folder.
function calledFromNodeModules() {
  const { prepareStackTrace, stackTraceLimit } = Error;
  let frames;
  try {
    Error.stackTraceLimit = 100;
    Error.prepareStackTrace = (error, callSites) => callSites;
    const holder = {};
    ErrorCaptureStackTrace(holder, calledFromNodeModules);
    frames = holder.stack;
  } catch {
    // A frozen Error or an odd engine: treat as user code.
  } finally {
    try {
      Error.prepareStackTrace = prepareStackTrace;
      Error.stackTraceLimit = stackTraceLimit;
    } catch {
      // nothing to restore
    }
  }
  if (!ArrayIsArray(frames)) return false;
  for (let i = 0; i < frames.length; i++) {
    let file;
    try {
      file = frames[i].getFileName();
    } catch {
      continue;
    }
    if (typeof file !== 'string' || file.length === 0 || StringPrototypeStartsWith(file, 'node:')) continue;
    return RegExpPrototypeExec(/[\\/]node_modules[\\/]/, file) !== null;
  }
  return false;
}

if (!calledFromNodeModules()) {
  process.emitWarning(
    'The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning',
    'DEP0040',
  );
}

const maxInt = 2147483647; // 2^31 - 1
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128; // 0x80
const delimiter = '-';

const regexPunycode = /^xn--/;
const regexNonASCII = /[^\0-\x7F]/;
const regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g; // RFC 3490 separators

const errors = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function error(type) {
  throw new RangeError(errors[type]);
}

// Apply fn to each label of a domain (or of the part after '@' in an email address).
function mapDomain(domain, fn) {
  // A non-string fails the way the library does (domain.split is not a function).
  const parts = typeof domain === 'string' ? StringPrototypeSplit(domain, '@') : domain.split('@');
  let result = '';
  if (parts.length > 1) {
    result = `${parts[0]}@`;
    domain = parts[1];
  }
  domain = StringPrototypeReplace(domain, regexSeparators, '\x2E');
  const labels = StringPrototypeSplit(domain, '.');
  return result + ArrayPrototypeJoin(ArrayPrototypeMap(labels, fn), '.');
}

// String -> array of code points; unpaired surrogates are kept as they are.
function ucs2decode(string) {
  const output = [];
  const length = string.length;
  let i = 0;
  while (i < length) {
    const value = StringPrototypeCharCodeAt(string, i++);
    if (value >= 0xD800 && value <= 0xDBFF && i < length) {
      const next = StringPrototypeCharCodeAt(string, i);
      if ((next & 0xFC00) === 0xDC00) {
        ArrayPrototypePush(output, ((value & 0x3FF) << 10) + (next & 0x3FF) + 0x10000);
        i++;
        continue;
      }
    }
    ArrayPrototypePush(output, value);
  }
  return output;
}

const ucs2encode = (codePoints) => StringFromCodePoint(...codePoints);

// Basic code point -> digit value (0..35), or `base` when it is not a digit.
function basicToDigit(code) {
  if (code >= 0x30 && code < 0x3A) return 26 + (code - 0x30);
  if (code >= 0x41 && code < 0x5B) return code - 0x41;
  if (code >= 0x61 && code < 0x7B) return code - 0x61;
  return base;
}

// Digit value -> lowercase basic code point ('a'..'z', '0'..'9').
function digitToBasic(digit) {
  return digit < 26 ? 0x61 + digit : 0x30 + (digit - 26);
}

// Bias adaptation, RFC 3492 section 3.4.
function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? MathFloor(delta / damp) : delta >> 1;
  delta += MathFloor(delta / numPoints);
  const limit = ((base - tMin) * tMax) >> 1;
  for (; delta > limit; k += base) {
    delta = MathFloor(delta / (base - tMin));
  }
  return MathFloor(k + (((base - tMin + 1) * delta) / (delta + skew)));
}

function threshold(k, bias) {
  if (k <= bias) return tMin;
  if (k >= bias + tMax) return tMax;
  return k - bias;
}

// Punycode (basic code points only) -> string of Unicode code points.
function decode(input) {
  const output = [];
  const inputLength = input.length;
  let i = 0;
  let n = initialN;
  let bias = initialBias;

  // Everything before the last delimiter is copied as is.
  let basic = typeof input === 'string' ?
    StringPrototypeLastIndexOf(input, delimiter) : input.lastIndexOf(delimiter);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const code = StringPrototypeCharCodeAt(input, j);
    if (code >= 0x80) error('not-basic');
    ArrayPrototypePush(output, code);
  }

  // Each following run of digits is a generalized variable-length integer: an insertion.
  for (let index = basic > 0 ? basic + 1 : 0; index < inputLength;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= inputLength) error('invalid-input');
      const digit = basicToDigit(StringPrototypeCharCodeAt(input, index++));
      if (digit >= base) error('invalid-input');
      if (digit > MathFloor((maxInt - i) / w)) error('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > MathFloor(maxInt / (base - t))) error('overflow');
      w *= base - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (MathFloor(i / out) > maxInt - n) error('overflow');
    n += MathFloor(i / out);
    i %= out;
    ArrayPrototypeSplice(output, i++, 0, n);
  }
  return StringFromCodePoint(...output);
}

// String of Unicode code points -> Punycode.
function encode(input) {
  const output = [];
  input = ucs2decode(input);
  const inputLength = input.length;
  let n = initialN;
  let delta = 0;
  let bias = initialBias;

  for (let j = 0; j < inputLength; j++) {
    if (input[j] < 0x80) ArrayPrototypePush(output, StringFromCharCode(input[j]));
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) ArrayPrototypePush(output, delimiter);

  while (handled < inputLength) {
    // The smallest code point not yet handled.
    let m = maxInt;
    for (let j = 0; j < inputLength; j++) {
      if (input[j] >= n && input[j] < m) m = input[j];
    }
    const handledPlusOne = handled + 1;
    if (m - n > MathFloor((maxInt - delta) / handledPlusOne)) error('overflow');
    delta += (m - n) * handledPlusOne;
    n = m;
    for (let j = 0; j < inputLength; j++) {
      const value = input[j];
      if (value < n && ++delta > maxInt) error('overflow');
      if (value === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = threshold(k, bias);
          if (q < t) break;
          const qMinusT = q - t;
          const baseMinusT = base - t;
          ArrayPrototypePush(output, StringFromCharCode(digitToBasic(t + (qMinusT % baseMinusT))));
          q = MathFloor(qMinusT / baseMinusT);
        }
        ArrayPrototypePush(output, StringFromCharCode(digitToBasic(q)));
        bias = adapt(delta, handledPlusOne, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return ArrayPrototypeJoin(output, '');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (RegExpPrototypeExec(regexPunycode, label) !== null ?
    decode(StringPrototypeToLowerCase(StringPrototypeSlice(label, 4))) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (RegExpPrototypeExec(regexNonASCII, label) !== null ?
    `xn--${encode(label)}` : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: {
    decode: ucs2decode,
    encode: ucs2encode,
  },
  decode,
  encode,
  toASCII,
  toUnicode,
};
