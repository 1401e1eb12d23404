'use strict';
// RFC 3492 Punycode for the URL host parser. Kept apart from the public `punycode` module
// because loading that one emits DEP0040 on behalf of whoever triggered it.

const {
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  MathFloor,
  StringFromCharCode,
  StringFromCodePoint,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeLastIndexOf,
} = primordials;

const BASE = 36; const TMIN = 1; const TMAX = 26; const SKEW = 38; const DAMP = 700;
const INITIAL_BIAS = 72; const INITIAL_N = 128; const MAX = 0x7FFFFFFF;

function adapt(delta, numPoints, first) {
  delta = first ? MathFloor(delta / DAMP) : delta >> 1;
  delta += MathFloor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = MathFloor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + MathFloor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

function digitToChar(d) {
  return StringFromCharCode(d < 26 ? d + 97 : d + 22);
}

function charToDigit(c) {
  if (c >= 0x30 && c <= 0x39) return c - 22;
  if (c >= 0x41 && c <= 0x5A) return c - 0x41;
  if (c >= 0x61 && c <= 0x7A) return c - 0x61;
  return BASE;
}

// Returns the decoded string, or null when the input is not valid Punycode.
function decode(input) {
  const output = [];
  let basic = StringPrototypeLastIndexOf(input, '-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = StringPrototypeCharCodeAt(input, j);
    if (c >= 0x80) return null;
    ArrayPrototypePush(output, c);
  }
  let n = INITIAL_N; let bias = INITIAL_BIAS; let i = 0;
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (idx >= input.length) return null;
      const digit = charToDigit(StringPrototypeCharCodeAt(input, idx++));
      if (digit >= BASE || digit > MathFloor((MAX - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
      if (digit < t) break;
      if (w > MathFloor(MAX / (BASE - t))) return null;
      w *= BASE - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (MathFloor(i / out) > MAX - n) return null;
    n += MathFloor(i / out);
    i %= out;
    if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return null;
    ArrayPrototypeSplice(output, i++, 0, n);
  }
  let s = '';
  for (let j = 0; j < output.length; j++) s += StringFromCodePoint(output[j]);
  return s;
}

function encode(input) {
  const cps = [];
  for (let i = 0; i < input.length; i++) {
    const cp = StringPrototypeCodePointAt(input, i);
    if (cp > 0xFFFF) i++;
    ArrayPrototypePush(cps, cp);
  }
  let out = '';
  for (let i = 0; i < cps.length; i++) if (cps[i] < 0x80) out += StringFromCharCode(cps[i]);
  const basicLength = out.length;
  let handled = basicLength;
  if (basicLength > 0) out += '-';
  let n = INITIAL_N; let delta = 0; let bias = INITIAL_BIAS;
  while (handled < cps.length) {
    let m = MAX;
    for (let i = 0; i < cps.length; i++) if (cps[i] >= n && cps[i] < m) m = cps[i];
    delta += (m - n) * (handled + 1);
    n = m;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
          if (q < t) break;
          out += digitToChar(t + ((q - t) % (BASE - t)));
          q = MathFloor((q - t) / (BASE - t));
        }
        out += digitToChar(q);
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

module.exports = { decode, encode };
