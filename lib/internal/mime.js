'use strict';
// util.MIMEType and util.MIMEParams: the WHATWG MIME Sniffing standard's "parse a MIME type"
// and "serialize a MIME type", with Node's errors (ERR_INVALID_MIME_SYNTAX naming the
// production and the index of the first bad character).

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ObjectDefineProperty,
  RegExpPrototypeExec,
  SafeMap,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeReplace,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  SymbolIterator,
} = primordials;

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED_STRING = /[^\t\u0020-~\u0080-\u00FF]/;

function firstIndex(re, str) {
  const m = RegExpPrototypeExec(re, str);
  return m === null ? -1 : m.index;
}

// HTTP whitespace: tab, LF, CR, space.
function isWhitespace(code) {
  return code === 0x09 || code === 0x0a || code === 0x0d || code === 0x20;
}

function trimEnd(str) {
  let end = str.length;
  while (end > 0 && isWhitespace(StringPrototypeCharCodeAt(str, end - 1))) end--;
  return StringPrototypeSlice(str, 0, end);
}

// Only A-Z change: the standard lowercases ASCII alone.
function asciiLower(str) {
  return StringPrototypeReplace(str, /[A-Z]+/g, StringPrototypeToLowerCase);
}

// Parses "type/subtype" and returns [type, subtype, position after the ';' that ends it].
function parseEssence(str) {
  let pos = 0;
  while (pos < str.length && isWhitespace(StringPrototypeCharCodeAt(str, pos))) pos++;
  const slash = StringPrototypeIndexOf(str, '/', pos);
  const type = slash === -1 ? StringPrototypeSlice(str, pos) : StringPrototypeSlice(str, pos, slash);
  const badType = firstIndex(NOT_TOKEN, type);
  if (type === '' || badType !== -1 || slash === -1) throw new ERR_INVALID_MIME_SYNTAX('type', str, badType);
  pos = slash + 1;
  const semi = StringPrototypeIndexOf(str, ';', pos);
  const subtype = trimEnd(semi === -1 ? StringPrototypeSlice(str, pos) : StringPrototypeSlice(str, pos, semi));
  const badSubtype = firstIndex(NOT_TOKEN, subtype);
  if (subtype === '' || badSubtype !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', str, badSubtype);
  return [asciiLower(type), asciiLower(subtype), semi === -1 ? str.length : semi + 1];
}

// The parameter loop of "parse a MIME type": invalid parameters are skipped silently and
// the first occurrence of a name wins.
function parseParameters(str, pos, map) {
  const end = trimEnd(str).length;
  while (pos < end) {
    while (pos < end && isWhitespace(StringPrototypeCharCodeAt(str, pos))) pos++;
    let nameEnd = pos;
    while (nameEnd < end && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = asciiLower(StringPrototypeSlice(str, pos, nameEnd));
    pos = nameEnd;
    if (pos < end) {
      const c = str[pos++];
      if (c === ';') continue;
    }
    if (pos >= end) break;
    let value;
    if (str[pos] === '"') {
      // An HTTP quoted string: backslash escapes the next character; a trailing lone
      // backslash is kept. As in Node (unlike the standard, which skips to the next ';'),
      // only the one character after the closing quote is skipped.
      pos++;
      value = '';
      while (pos < end) {
        const c = str[pos++];
        if (c === '"') break;
        if (c === '\\') {
          if (pos >= end) { value += '\\'; break; }
          value += str[pos++];
        } else {
          value += c;
        }
      }
    } else {
      const semi = StringPrototypeIndexOf(str, ';', pos);
      const raw = semi === -1 || semi > end ? StringPrototypeSlice(str, pos, end) : StringPrototypeSlice(str, pos, semi);
      pos += raw.length;
      value = trimEnd(raw);
      if (value === '') { pos++; continue; }
    }
    if (name !== '' && firstIndex(NOT_TOKEN, name) === -1 &&
        firstIndex(NOT_QUOTED_STRING, value) === -1 && !map.has(name)) {
      map.set(name, value);
    }
    pos++; // the ';'
  }
}

// A value is quoted when it is empty or holds anything but token characters.
function serializeValue(value) {
  if (value !== '' && firstIndex(NOT_TOKEN, value) === -1) return value;
  return `"${StringPrototypeReplace(value, /["\\]/g, '\\$&')}"`;
}

// Set by MIMEParams' static block: the MIMEType constructor fills its params' private map.
let fillParams;

class MIMEParams {
  #data = new SafeMap();

  // Names are case-insensitive: every method lowercases (ASCII) the name it is given.
  delete(name) {
    this.#data.delete(asciiLower(`${name}`));
  }

  get(name) {
    const value = this.#data.get(asciiLower(`${name}`));
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(asciiLower(`${name}`));
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstIndex(NOT_TOKEN, name);
    if (name.length === 0 || badName !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    }
    const badValue = firstIndex(NOT_QUOTED_STRING, value);
    if (badValue !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    this.#data.set(asciiLower(name), value);
  }

  * entries() {
    yield* this.#data.entries();
  }

  * keys() {
    yield* this.#data.keys();
  }

  * values() {
    yield* this.#data.values();
  }

  toString() {
    const parts = [];
    for (const { 0: name, 1: value } of this.#data) {
      ArrayPrototypePush(parts, `${name}=${serializeValue(value)}`);
    }
    return ArrayPrototypeJoin(parts, ';');
  }

  toJSON() {
    return this.toString();
  }

  static {
    fillParams = (params, str, pos) => parseParameters(str, pos, params.#data);
  }
}
ObjectDefineProperty(MIMEParams.prototype, SymbolIterator, {
  __proto__: null, value: MIMEParams.prototype.entries, writable: true, configurable: true,
});

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    const { 0: type, 1: subtype, 2: pos } = parseEssence(string);
    this.#type = type;
    this.#subtype = subtype;
    this.#params = new MIMEParams();
    fillParams(this.#params, string, pos);
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const bad = firstIndex(NOT_TOKEN, v);
    if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', v, bad);
    this.#type = asciiLower(v);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const bad = firstIndex(NOT_TOKEN, v);
    if (v.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', v, bad);
    this.#subtype = asciiLower(v);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return params === '' ? this.essence : `${this.essence};${params}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
