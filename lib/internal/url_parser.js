'use strict';
// The WHATWG URL Standard's basic URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser),
// written from the spec's state machine. A URL record is a plain object:
//   { scheme, username, password, host (string|null), port (number|null),
//     path (array of segments, or a string when opaque), query (string|null), fragment (string|null) }
// parse() returns the record or null on failure; state overrides serve the URL setters.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  NumberParseInt,
  StringFromCharCode,
  StringFromCodePoint,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
  StringPrototypeToWellFormed,
  StringPrototypeNormalize,
  StringPrototypeToUpperCase,
  Uint8Array,
} = primordials;

const specialPorts = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
function isSpecialScheme(s) { return s in specialPorts; }
function defaultPort(s) { return s in specialPorts ? specialPorts[s] : null; }

// ---- Percent-encode sets: a byte table over ASCII; everything above 0x7E is always encoded.
function makeSet(base, extra) {
  const t = new Uint8Array(128);
  if (base) for (let i = 0; i < 128; i++) t[i] = base[i];
  else { for (let i = 0; i < 0x20; i++) t[i] = 1; t[0x7F] = 1; }
  for (let i = 0; i < extra.length; i++) t[StringPrototypeCharCodeAt(extra, i)] = 1;
  return t;
}
const C0_SET = makeSet(null, '');
const FRAGMENT_SET = makeSet(C0_SET, ' "<>`');
const QUERY_SET = makeSet(C0_SET, ' "#<>');
const SPECIAL_QUERY_SET = makeSet(QUERY_SET, '\'');
const PATH_SET = makeSet(QUERY_SET, '?^`{}');
const USERINFO_SET = makeSet(PATH_SET, '/:;=@[\\]|');
const COMPONENT_SET = makeSet(USERINFO_SET, '$%&+,');
const FORM_SET = makeSet(COMPONENT_SET, '!\'()~');

const hexTable = [];
for (let i = 0; i < 256; i++) hexTable[i] = '%' + (i < 16 ? '0' : '') + StringPrototypeToUpperCase(i.toString(16));

function utf8PercentEncodeCodePoint(cp) {
  if (cp < 0x80) return hexTable[cp];
  if (cp < 0x800) return hexTable[0xC0 | (cp >> 6)] + hexTable[0x80 | (cp & 63)];
  if (cp < 0x10000) {
    return hexTable[0xE0 | (cp >> 12)] + hexTable[0x80 | ((cp >> 6) & 63)] + hexTable[0x80 | (cp & 63)];
  }
  return hexTable[0xF0 | (cp >> 18)] + hexTable[0x80 | ((cp >> 12) & 63)] +
    hexTable[0x80 | ((cp >> 6) & 63)] + hexTable[0x80 | (cp & 63)];
}

// Percent-encodes a well-formed string with `set`; spaceAsPlus for form encoding.
function percentEncode(str, set, spaceAsPlus) {
  let out = '';
  let start = 0;
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x80 && set[c] === 0) continue;
    if (spaceAsPlus && c === 0x20) {
      out += StringPrototypeSlice(str, start, i) + '+';
      start = i + 1;
      continue;
    }
    out += StringPrototypeSlice(str, start, i);
    const cp = StringPrototypeCodePointAt(str, i);
    out += utf8PercentEncodeCodePoint(cp);
    if (cp > 0xFFFF) i++;
    start = i + 1;
  }
  return start === 0 ? str : out + StringPrototypeSlice(str, start);
}

function hexVal(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Percent-decodes to bytes (Uint8Array); a string's own code points are UTF-8 encoded first.
function percentDecodeBytes(str) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c === 0x25 && i + 2 < str.length + 0 && hexVal(StringPrototypeCharCodeAt(str, i + 1)) >= 0 &&
        hexVal(StringPrototypeCharCodeAt(str, i + 2)) >= 0) {
      ArrayPrototypePush(bytes, hexVal(StringPrototypeCharCodeAt(str, i + 1)) * 16 +
        hexVal(StringPrototypeCharCodeAt(str, i + 2)));
      i += 2;
    } else if (c < 0x80) {
      ArrayPrototypePush(bytes, c);
    } else {
      const cp = StringPrototypeCodePointAt(str, i);
      if (cp > 0xFFFF) i++;
      const enc = utf8PercentEncodeCodePoint(cp);
      for (let j = 0; j < enc.length; j += 3) ArrayPrototypePush(bytes, NumberParseInt(StringPrototypeSlice(enc, j + 1, j + 3), 16));
    }
  }
  return bytes;
}

// UTF-8 decode with replacement (WHATWG "UTF-8 decode without BOM"); fatal → null on error.
function utf8Decode(bytes, fatal) {
  let out = '';
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { out += StringFromCharCode(b); i++; continue; }
    let need = 0; let cp = 0; let lower = 0x80; let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0xF;
      if (b === 0xE0) lower = 0xA0;
      if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 0x7;
      if (b === 0xF0) lower = 0x90;
      if (b === 0xF4) upper = 0x8F;
    } else {
      if (fatal) return null;
      out += '\uFFFD'; i++; continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (i + j >= n || c < lower || c > upper) break;
      lower = 0x80; upper = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (j <= need) {
      if (fatal) return null;
      out += '\uFFFD';
      i += j;
      continue;
    }
    out += StringFromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function percentDecodeString(str) {
  if (StringPrototypeIndexOf(str, '%') === -1) return str;
  return utf8Decode(percentDecodeBytes(str), false);
}

// ---- Hosts ----
function isForbiddenHostCp(c) {
  return c === 0 || c === 9 || c === 0xA || c === 0xD || c === 0x20 || c === 0x23 || c === 0x2F ||
    c === 0x3A || c === 0x3C || c === 0x3E || c === 0x3F || c === 0x40 || c === 0x5B || c === 0x5C ||
    c === 0x5D || c === 0x5E || c === 0x7C;
}
function isForbiddenDomainCp(c) {
  return isForbiddenHostCp(c) || c <= 0x1F || c === 0x25 || c === 0x7F;
}

function parseIPv4Number(s) {
  if (s === '') return NaN;
  let r = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) { r = 16; s = StringPrototypeSlice(s, 2); }
  else if (s.length >= 2 && s[0] === '0') { r = 8; s = StringPrototypeSlice(s, 1); }
  if (s === '') return 0;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const d = hexVal(StringPrototypeCharCodeAt(s, i));
    if (d < 0 || d >= r) return NaN;
    v = v * r + d;
  }
  return v;
}

function endsInANumber(s) {
  const parts = StringPrototypeSplit(s, '.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    ArrayPrototypePop(parts);
  }
  const last = parts[parts.length - 1];
  let digits = last !== '';
  for (let i = 0; i < last.length; i++) {
    const c = StringPrototypeCharCodeAt(last, i);
    if (c < 0x30 || c > 0x39) { digits = false; break; }
  }
  if (digits) return true;
  return parseIPv4Number(last) === parseIPv4Number(last); // not NaN
}

// Returns the address as a number, or null on failure.
function parseIPv4(s) {
  const parts = StringPrototypeSplit(s, '.');
  if (parts[parts.length - 1] === '' && parts.length > 1) ArrayPrototypePop(parts);
  if (parts.length > 4) return null;
  const nums = [];
  for (let i = 0; i < parts.length; i++) {
    const n = parseIPv4Number(parts[i]);
    if (n !== n) return null;
    ArrayPrototypePush(nums, n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  const last = nums[nums.length - 1];
  if (last >= 256 ** (5 - nums.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(n) {
  const out = [];
  for (let i = 0; i < 4; i++) { out[3 - i] = `${n % 256}`; n = MathFloor(n / 256); }
  return ArrayPrototypeJoin(out, '.');
}
const MathFloor = primordials.MathFloor;

function isDigit(c) { return c >= 0x30 && c <= 0x39; }

// Returns an array of 8 pieces or null.
function parseIPv6(s) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const n = s.length;
  const at = (i) => (i < n ? StringPrototypeCharCodeAt(s, i) : -1);
  if (at(p) === 0x3A) {
    if (at(p + 1) !== 0x3A) return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(p) !== -1) {
    if (pieceIndex === 8) return null;
    if (at(p) === 0x3A) {
      if (compress !== null) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0; let length = 0;
    while (length < 4 && hexVal(at(p)) >= 0) { value = value * 16 + hexVal(at(p)); p++; length++; }
    if (at(p) === 0x2E) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(p) !== -1) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2E && numbersSeen < 4) p++;
          else return null;
        }
        if (!isDigit(at(p))) return null;
        while (isDigit(at(p))) {
          const number = at(p) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(p) === 0x3A) {
      p++;
      if (at(p) === -1) return null;
    } else if (at(p) !== -1) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(a) {
  // The first longest run of two or more zero pieces is compressed.
  let best = -1; let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (a[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && a[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && a[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += a[i].toString(16);
    if (i !== 7) out += ':';
  }
  return '[' + out + ']';
}

let punycode;
function lazyPunycode() {
  punycode ??= require('internal/url_punycode');
  return punycode;
}

// UTS #46 processing as URL needs it (non-transitional, no hyphen checks, no DNS length checks).
// The mapping table is approximated by NFKC + lower case, and the full-stop variants.
// Returns the ASCII domain or null.
function domainToASCIIInternal(domain, beStrict) {
  let mapped = '';
  let ascii = true;
  for (let i = 0; i < domain.length; i++) {
    const c = StringPrototypeCharCodeAt(domain, i);
    if (c >= 0x80) { ascii = false; break; }
  }
  if (ascii) {
    mapped = StringPrototypeToLowerCase(domain);
  } else {
    let s = '';
    for (let i = 0; i < domain.length; i++) {
      const c = StringPrototypeCharCodeAt(domain, i);
      // Ignored code points (mapped to nothing): soft hyphen, ZW joiners, variation selectors.
      if (c === 0xAD || c === 0x200B || c === 0x2060 || c === 0xFEFF || c === 0x034F ||
          c === 0x180B || c === 0x180C || c === 0x180D || (c >= 0xFE00 && c <= 0xFE0F)) continue;
      if (c === 0x3002 || c === 0xFF0E || c === 0xFF61) { s += '.'; continue; }
      s += domain[i];
    }
    mapped = StringPrototypeNormalize(StringPrototypeToLowerCase(StringPrototypeNormalize(s, 'NFKC')), 'NFC');
  }
  const labels = StringPrototypeSplit(mapped, '.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (StringPrototypeSlice(label, 0, 4) === 'xn--') {
      // Like Node (ada): an ASCII A-label is taken as it is, valid Punycode or not.
      for (let j = 4; j < label.length; j++) if (StringPrototypeCharCodeAt(label, j) >= 0x80) return null;
      continue;
    }
    let needs = false;
    for (let j = 0; j < label.length; j++) if (StringPrototypeCharCodeAt(label, j) >= 0x80) { needs = true; break; }
    if (needs) {
      for (let j = 0; j < label.length; j++) {
        const c = StringPrototypeCharCodeAt(label, j);
        // Code points UTS 46 disallows outright (controls, private use, noncharacters).
        if ((c >= 0x80 && c <= 0x9F) || (c >= 0xE000 && c <= 0xF8FF) || c === 0xFFFD ||
            c === 0xFFFE || c === 0xFFFF) return null;
      }
      labels[i] = 'xn--' + lazyPunycode().encode(label);
    }
  }
  const result = ArrayPrototypeJoin(labels, '.');
  if (beStrict && result.length > 253) return null;
  return result;
}

// Host parser: returns the serialized host string ('' for the empty host) or null on failure.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const a = parseIPv6(StringPrototypeSlice(input, 1, -1));
    return a === null ? null : serializeIPv6(a);
  }
  if (isOpaque) {
    for (let i = 0; i < input.length; i++) {
      const c = StringPrototypeCharCodeAt(input, i);
      if (isForbiddenHostCp(c)) return null;
    }
    return percentEncode(input, C0_SET, false);
  }
  const domain = percentDecodeString(input);
  const asciiDomain = domainToASCIIInternal(domain, false);
  if (asciiDomain === null || asciiDomain === '') return null;
  for (let i = 0; i < asciiDomain.length; i++) {
    if (isForbiddenDomainCp(StringPrototypeCharCodeAt(asciiDomain, i))) return null;
  }
  if (endsInANumber(asciiDomain)) {
    const v4 = parseIPv4(asciiDomain);
    return v4 === null ? null : serializeIPv4(v4);
  }
  return asciiDomain;
}

// ---- The state machine ----
const SCHEME_START = 1; const SCHEME = 2; const NO_SCHEME = 3; const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5; const RELATIVE = 6; const RELATIVE_SLASH = 7; const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9; const AUTHORITY = 10; const HOST = 11; const HOSTNAME = 12;
const PORT = 13; const FILE = 14; const FILE_SLASH = 15; const FILE_HOST = 16; const PATH_START = 17;
const PATH = 18; const OPAQUE_PATH = 19; const QUERY = 20; const FRAGMENT = 21;

function isAlpha(c) { return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A); }

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && isAlpha(StringPrototypeCharCodeAt(s, 0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

// cps is an array of code point strings; does cps[p..] start with a Windows drive letter?
function startsWithWindowsDriveLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isWindowsDriveLetter(cps[p] + cps[p + 1], false)) return false;
  if (cps.length - p === 2) return true;
  const c = cps[p + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}

function isSingleDot(s) {
  return s === '.' || StringPrototypeToLowerCase(s) === '%2e';
}
function isDoubleDot(s) {
  switch (StringPrototypeToLowerCase(s)) {
    case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  ArrayPrototypePop(path);
}

function encodeCp(c, set) {
  const code = StringPrototypeCodePointAt(c, 0);
  if (code < 0x80 && set[code] === 0) return c;
  return utf8PercentEncodeCodePoint(code);
}

function toCodePoints(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = StringPrototypeCharCodeAt(s, i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      ArrayPrototypePush(out, StringPrototypeSlice(s, i, i + 2));
      i++;
    } else {
      ArrayPrototypePush(out, s[i]);
    }
  }
  return out;
}

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

// The basic URL parser. With `url` and `stateOverride` it modifies url in place and returns
// false on failure, true otherwise; without them it returns a new record or null.
function basicParse(input, base, url, stateOverride) {
  input = StringPrototypeToWellFormed(`${input}`);
  if (url === undefined) {
    url = newRecord();
    // Strip leading and trailing C0 controls and spaces.
    let s = 0; let e = input.length;
    while (s < e && StringPrototypeCharCodeAt(input, s) <= 0x20) s++;
    while (e > s && StringPrototypeCharCodeAt(input, e - 1) <= 0x20) e--;
    input = StringPrototypeSlice(input, s, e);
  }
  // Remove ASCII tabs and newlines.
  let clean = '';
  let start = 0;
  for (let i = 0; i < input.length; i++) {
    const c = StringPrototypeCharCodeAt(input, i);
    if (c === 9 || c === 0xA || c === 0xD) {
      clean += StringPrototypeSlice(input, start, i);
      start = i + 1;
    }
  }
  if (start !== 0) input = clean + StringPrototypeSlice(input, start);

  const cps = toCodePoints(input);
  const len = cps.length;
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false; let insideBrackets = false; let passwordTokenSeen = false;
  const fail = stateOverride ? false : null;

  for (let p = 0; p <= len; p++) {
    const c = p < len ? cps[p] : undefined; // undefined is EOF
    switch (state) {
      case SCHEME_START:
        if (c !== undefined && isAlpha(StringPrototypeCharCodeAt(c, 0))) {
          buffer += StringPrototypeToLowerCase(c);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          p--;
        } else {
          return fail;
        }
        break;
      case SCHEME: {
        const code = c === undefined ? -1 : StringPrototypeCharCodeAt(c, 0);
        if (c !== undefined && (isAlpha(code) || isDigit(code) || c === '+' || c === '-' || c === '.')) {
          buffer += StringPrototypeToLowerCase(c);
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return true;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return true;
            if (url.scheme === 'file' && url.host === '') return true;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return true;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (isSpecialScheme(url.scheme) && base != null && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[p + 1] === '/') {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          p = -1;
        } else {
          return fail;
        }
        break;
      }
      case NO_SCHEME:
        if (base == null || (typeof base.path === 'string' && c !== '#')) return null;
        if (typeof base.path === 'string' && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          p--;
        } else {
          state = FILE;
          p--;
        }
        break;
      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && cps[p + 1] === '/') {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;
      case PATH_OR_AUTHORITY:
        if (c === '/') {
          state = AUTHORITY;
        } else {
          state = PATH;
          p--;
        }
        break;
      case RELATIVE:
        url.scheme = base.scheme;
        if (c === '/') {
          state = RELATIVE_SLASH;
        } else if (isSpecialScheme(url.scheme) && c === '\\') {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = ArrayPrototypeSlice(base.path);
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            p--;
          }
        }
        break;
      case RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === '/' || c === '\\')) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          p--;
        }
        break;
      case SPECIAL_AUTHORITY_SLASHES:
        if (c === '/' && cps[p + 1] === '/') {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;
      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = AUTHORITY;
          p--;
        }
        break;
      case AUTHORITY:
        if (c === '@') {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          const bcps = toCodePoints(buffer);
          for (let i = 0; i < bcps.length; i++) {
            if (bcps[i] === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const enc = encodeCp(bcps[i], USERINFO_SET);
            if (passwordTokenSeen) url.password += enc;
            else url.username += enc;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (isSpecialScheme(url.scheme) && c === '\\')) {
          if (atSignSeen && buffer === '') return fail;
          p -= toCodePoints(buffer).length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += c;
        }
        break;
      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return fail;
          if (stateOverride === HOSTNAME) return fail;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return fail;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (isSpecialScheme(url.scheme) && c === '\\')) {
          p--;
          if (isSpecialScheme(url.scheme) && buffer === '') return fail;
          if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null)) return fail;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return fail;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return true;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;
      case PORT: {
        const code = c === undefined ? -1 : StringPrototypeCharCodeAt(c, 0);
        if (isDigit(code)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' ||
                   (isSpecialScheme(url.scheme) && c === '\\') || stateOverride) {
          if (buffer !== '') {
            let port = 0;
            for (let i = 0; i < buffer.length; i++) {
              port = port * 10 + (StringPrototypeCharCodeAt(buffer, i) - 0x30);
              if (port > 65535) return fail;
            }
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
            if (stateOverride) return true;
          }
          if (stateOverride) return fail;
          state = PATH_START;
          p--;
        } else {
          return fail;
        }
        break;
      }
      case FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = FILE_SLASH;
        } else if (base != null && base.scheme === 'file') {
          url.host = base.host;
          url.path = ArrayPrototypeSlice(base.path);
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = PATH;
            p--;
          }
        } else {
          state = PATH;
          p--;
        }
        break;
      case FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = FILE_HOST;
        } else {
          if (base != null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, p) && typeof base.path !== 'string' &&
                base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
              ArrayPrototypePush(url.path, base.path[0]);
            }
          }
          state = PATH;
          p--;
        }
        break;
      case FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return true;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !isSpecialScheme(url.scheme));
            if (host === null) return fail;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return true;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += c;
        }
        break;
      case PATH_START:
        if (isSpecialScheme(url.scheme)) {
          state = PATH;
          if (c !== '/' && c !== '\\') p--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== undefined) {
          state = PATH;
          if (c !== '/') p--;
        } else if (stateOverride && url.host === null) {
          ArrayPrototypePush(url.path, '');
        }
        break;
      case PATH: {
        const special = isSpecialScheme(url.scheme);
        const slash = c === '/' || (special && c === '\\');
        if (c === undefined || slash || (!stateOverride && (c === '?' || c === '#'))) {
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) ArrayPrototypePush(url.path, '');
          } else if (isSingleDot(buffer) && !slash) {
            ArrayPrototypePush(url.path, '');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer, false)) {
              buffer = buffer[0] + ':';
            }
            ArrayPrototypePush(url.path, buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += encodeCp(c, PATH_SET);
        }
        break;
      }
      case OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c === ' ') {
          const next = cps[p + 1];
          url.path += (next === '?' || next === '#') ? '%20' : ' ';
        } else if (c !== undefined) {
          url.path += encodeCp(c, C0_SET);
        }
        break;
      case QUERY:
        if ((!stateOverride && c === '#') || c === undefined) {
          url.query += percentEncode(buffer, isSpecialScheme(url.scheme) ? SPECIAL_QUERY_SET : QUERY_SET, false);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += c;
        }
        break;
      case FRAGMENT:
        if (c !== undefined) url.fragment += encodeCp(c, FRAGMENT_SET);
        break;
    }
  }
  return stateOverride ? true : url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (let i = 0; i < url.path.length; i++) out += '/' + url.path[i];
  return out;
}

function serialize(url, excludeFragment) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  }
  if (url.host === null && typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') out += '/.';
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function origin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url), null);
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) return origin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return url.scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
    default:
      return 'null';
  }
}

module.exports = {
  basicParse,
  serialize,
  serializePath,
  origin,
  percentEncode,
  percentDecodeBytes,
  percentDecodeString,
  utf8Decode,
  domainToASCIIInternal,
  parseHost,
  isSpecialScheme,
  defaultPort,
  includesCredentials,
  C0_SET,
  USERINFO_SET,
  COMPONENT_SET,
  FORM_SET,
  PATH_SET,
  states: { SCHEME_START, HOST, HOSTNAME, PORT, PATH_START, QUERY, FRAGMENT },
};
