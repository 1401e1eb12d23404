'use strict';
// WHATWG URL and URLSearchParams (the globals and url.URL), plus the file-URL and
// http-options helpers. The parser itself lives in internal/url_parser.

const {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ArrayPrototypeSplice,
  Number,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyNames,
  ObjectKeys,
  ObjectPrototypePropertyIsEnumerable,
  ObjectSetPrototypeOf,
  ReflectGetOwnPropertyDescriptor,
  ReflectOwnKeys,
  StringPrototypeCharCodeAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeToWellFormed,
  Symbol,
  SymbolFor,
  SymbolIterator,
  SymbolToStringTag,
  TypeError,
  decodeURIComponent,
} = primordials;

const parser = require('internal/url_parser');
const {
  basicParse, serialize, serializePath, percentEncode, percentDecodeBytes, utf8Decode,
  FORM_SET, USERINFO_SET, isSpecialScheme, states,
} = parser;
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
    ERR_NODE4J_UNSUPPORTED,
  },
} = require('internal/errors');

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const kEnumerable = { __proto__: null, enumerable: true };

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

function toUSV(v) {
  return StringPrototypeToWellFormed(`${v}`);
}

// ---- application/x-www-form-urlencoded ----
function parseParams(input) {
  const out = [];
  if (input === '') return out;
  const seqs = StringPrototypeSplit(input, '&');
  for (let i = 0; i < seqs.length; i++) {
    const seq = seqs[i];
    if (seq === '') continue;
    const eq = StringPrototypeIndexOf(seq, '=');
    let name = eq === -1 ? seq : StringPrototypeSlice(seq, 0, eq);
    let value = eq === -1 ? '' : StringPrototypeSlice(seq, eq + 1);
    name = decodeForm(name);
    value = decodeForm(value);
    ArrayPrototypePush(out, name, value);
  }
  return out;
}

function decodeForm(s) {
  if (StringPrototypeIncludes(s, '+')) s = StringPrototypeReplaceAll(s, '+', ' ');
  if (!StringPrototypeIncludes(s, '%')) return s;
  return utf8Decode(percentDecodeBytes(s), false);
}

function serializeParams(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i !== 0) out += '&';
    out += percentEncode(list[i], FORM_SET, true) + '=' + percentEncode(list[i + 1], FORM_SET, true);
  }
  return out;
}

// ---- URLSearchParams ----
const kList = Symbol('query');
const kUrl = Symbol('context');

// Internal state lives under symbols that spread, keys and assign do not see.
function hidden(obj, key, value) {
  ObjectDefineProperty(obj, key, { __proto__: null, value, writable: true, configurable: true, enumerable: false });
}

function isURLSearchParams(self) {
  return self != null && typeof self === 'object' && ArrayIsArray(self[kList]);
}

class URLSearchParams {
  constructor(init = undefined) {
    hidden(this, kList, []);
    hidden(this, kUrl, null);
    if (init === undefined) {
      // nothing
    } else if ((typeof init === 'object' && init !== null) || typeof init === 'function') {
      const method = init[SymbolIterator];
      if (method === this[SymbolIterator] && isURLSearchParams(init)) {
        const l = init[kList];
        for (let i = 0; i < l.length; i++) ArrayPrototypePush(this[kList], l[i]);
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of { [SymbolIterator]: () => method.call(init) }) {
          if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[SymbolIterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const parts = [];
          for (const part of pair) ArrayPrototypePush(parts, part);
          if (parts.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          ArrayPrototypePush(this[kList], toUSV(parts[0]), toUSV(parts[1]));
        }
      } else {
        // A record: own enumerable string keys; a later duplicate (after USV conversion) wins.
        const keys = ReflectOwnKeys(init);
        const seen = { __proto__: null };
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          if (typeof key !== 'string') continue;
          const desc = ReflectGetOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const k = toUSV(key);
          const v = toUSV(init[key]);
          if (seen[k] !== undefined) this[kList][seen[k] + 1] = v;
          else { seen[k] = this[kList].length; ArrayPrototypePush(this[kList], k, v); }
        }
      }
    } else {
      let s = toUSV(init);
      if (s[0] === '?') s = StringPrototypeSlice(s, 1);
      this[kList] = parseParams(s);
    }
  }

  get size() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this[kList].length / 2;
  }

  append(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    ArrayPrototypePush(this[kList], toUSV(name), toUSV(value));
    update(this);
  }

  delete(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) ArrayPrototypeSplice(list, i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) ArrayPrototypeSplice(list, i, 2);
        else i += 2;
      }
    }
    update(this);
  }

  get(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSV(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    const out = [];
    name = toUSV(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) ArrayPrototypePush(out, list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this[kList];
    name = toUSV(name);
    value = toUSV(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          ArrayPrototypeSplice(list, i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) ArrayPrototypePush(list, name, value);
    update(this);
  }

  // Stable sort by name in UTF-16 code unit order.
  sort() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) ArrayPrototypePush(pairs, [list[i], list[i + 1], i]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2]));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    update(this);
  }

  entries() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this[kList];
    }
  }

  keys() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key');
  }

  values() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'value');
  }

  toString() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeParams(this[kList]);
  }

  [kInspect](recurseTimes, ctx) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const { inspect, stripVTControlCharacters } = lazyInspect();
    const inner = { ...ctx };
    if (recurseTimes !== null) inner.depth = recurseTimes - 1;
    const list = this[kList];
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      ArrayPrototypePush(output, `${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    }
    return formatList(this.constructor.name, output, ctx, stripVTControlCharacters);
  }
}

function formatList(name, output, ctx, strip) {
  let length = -2;
  for (let i = 0; i < output.length; i++) length += strip(output[i]).length + 2;
  if (length > ctx.breakLength) return `${name} {\n  ${ArrayPrototypeJoin(output, ',\n  ')} }`;
  if (output.length) return `${name} { ${ArrayPrototypeJoin(output, ', ')} }`;
  return `${name} {}`;
}

ObjectDefineProperties(URLSearchParams.prototype, {
  append: kEnumerable, delete: kEnumerable, get: kEnumerable, getAll: kEnumerable, has: kEnumerable,
  set: kEnumerable, size: kEnumerable, sort: kEnumerable, entries: kEnumerable, forEach: kEnumerable,
  keys: kEnumerable, values: kEnumerable, toString: kEnumerable,
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'URLSearchParams' },
  [SymbolIterator]: { __proto__: null, configurable: true, writable: true, value: URLSearchParams.prototype.entries },
});

// Pushes the list into the URL's query (the "update steps").
function update(params) {
  const url = params[kUrl];
  if (url === null) return;
  const s = serializeParams(params[kList]);
  url[kContext].query = s === '' ? null : s;
  if (s === '') stripTrailingSpaces(url[kContext]);
  url[kHref] = null;
}

// An opaque path's trailing spaces go when query and fragment are both gone.
function stripTrailingSpaces(rec) {
  // Node 24 (the current spec) encodes such spaces as %20 while parsing, so nothing to strip.
  return rec;
}

// ---- The iterator ----
const kTarget = Symbol('target');
const kKind = Symbol('kind');
const kIndex = Symbol('index');

const URLSearchParamsIteratorPrototype = {
  __proto__: ObjectGetPrototypeOfIteratorPrototype(),
  next() {
    if (this == null || this[kTarget] === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const list = this[kTarget][kList];
    const i = this[kIndex];
    if (i >= list.length) return { value: undefined, done: true };
    this[kIndex] = i + 2;
    const kind = this[kKind];
    const value = kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
    return { value, done: false };
  },
  [kInspect](recurseTimes, ctx) {
    if (this == null || this[kTarget] === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const { inspect, stripVTControlCharacters } = lazyInspect();
    const inner = { ...ctx };
    if (recurseTimes !== null) inner.depth = recurseTimes - 1;
    const list = this[kTarget][kList];
    const kind = this[kKind];
    const output = [];
    for (let i = this[kIndex]; i < list.length; i += 2) {
      const v = kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
      ArrayPrototypePush(output, inspect(v, inner));
    }
    return formatList('URLSearchParams Iterator', output, ctx, stripVTControlCharacters);
  },
};
ObjectDefineProperty(URLSearchParamsIteratorPrototype, 'next', { __proto__: null, enumerable: true });
ObjectDefineProperty(URLSearchParamsIteratorPrototype, SymbolToStringTag, {
  __proto__: null, configurable: true, value: 'URLSearchParams Iterator',
});

function ObjectGetPrototypeOfIteratorPrototype() {
  return primordials.ObjectGetPrototypeOf(primordials.ObjectGetPrototypeOf([][SymbolIterator]()));
}

function createIterator(target, kind) {
  const it = { __proto__: URLSearchParamsIteratorPrototype };
  hidden(it, kTarget, target);
  hidden(it, kKind, kind);
  hidden(it, kIndex, 0);
  return it;
}

// ---- URL ----
const kContext = Symbol('context');
const kHref = Symbol('href');
const kSearchParams = Symbol('searchParams');

function checkURL(self) {
  if (self == null || typeof self !== 'object' || self[kContext] === undefined) {
    throw new TypeError('Receiver must be an instance of class URL');
  }
  return self[kContext];
}

function hrefOf(self) {
  return self[kHref] ??= serialize(self[kContext], false);
}

// After the record changed: the cached href goes, the searchParams list follows the query.
function changed(self, queryChanged) {
  self[kHref] = null;
  if (queryChanged && self[kSearchParams] !== undefined) {
    const q = self[kContext].query;
    self[kSearchParams][kList] = q ? parseParams(q) : [];
  }
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSV(input);
    let baseRec;
    if (base !== undefined) {
      base = toUSV(base);
      baseRec = basicParse(base, null);
      if (baseRec === null) throw new ERR_INVALID_URL(input, base);
    }
    const rec = basicParse(input, baseRec);
    if (rec === null) throw new ERR_INVALID_URL(input, base);
    hidden(this, kContext, rec);
    hidden(this, kHref, null);
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSV(input);
    let baseRec;
    if (base !== undefined) {
      baseRec = basicParse(toUSV(base), null);
      if (baseRec === null) return false;
    }
    return basicParse(input, baseRec) !== null;
  }

  static createObjectURL(obj) {
    throw new ERR_NODE4J_UNSUPPORTED('URL.createObjectURL');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    // No blob: URLs are ever registered here (createObjectURL is unsupported), so there is
    // nothing to revoke.
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { __proto__: { constructor: this.constructor || URL } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (opts.showHidden) obj[kContext] = this[kContext];
    return `${obj.constructor.name} ${lazyInspect().inspect(obj, opts)}`;
  }

  toString() {
    checkURL(this);
    return hrefOf(this);
  }

  get href() {
    checkURL(this);
    return hrefOf(this);
  }

  set href(value) {
    checkURL(this);
    value = toUSV(value);
    const rec = basicParse(value, null);
    if (rec === null) throw new ERR_INVALID_URL(value);
    this[kContext] = rec;
    changed(this, true);
  }

  get origin() {
    return parser.origin(checkURL(this));
  }

  get protocol() {
    return checkURL(this).scheme + ':';
  }

  set protocol(value) {
    const rec = checkURL(this);
    basicParse(toUSV(value) + ':', null, rec, states.SCHEME_START);
    changed(this, false);
  }

  get username() {
    return checkURL(this).username;
  }

  set username(value) {
    const rec = checkURL(this);
    if (rec.host === null || rec.host === '' || rec.scheme === 'file') return;
    rec.username = percentEncode(toUSV(value), USERINFO_SET, false);
    changed(this, false);
  }

  get password() {
    return checkURL(this).password;
  }

  set password(value) {
    const rec = checkURL(this);
    if (rec.host === null || rec.host === '' || rec.scheme === 'file') return;
    rec.password = percentEncode(toUSV(value), USERINFO_SET, false);
    changed(this, false);
  }

  get host() {
    const rec = checkURL(this);
    if (rec.host === null) return '';
    return rec.port === null ? rec.host : `${rec.host}:${rec.port}`;
  }

  set host(value) {
    const rec = checkURL(this);
    if (typeof rec.path === 'string') return;
    setWithOverride(this, rec, toUSV(value), states.HOST);
  }

  get hostname() {
    return checkURL(this).host ?? '';
  }

  set hostname(value) {
    const rec = checkURL(this);
    if (typeof rec.path === 'string') return;
    setWithOverride(this, rec, toUSV(value), states.HOSTNAME);
  }

  get port() {
    const rec = checkURL(this);
    return rec.port === null ? '' : `${rec.port}`;
  }

  set port(value) {
    const rec = checkURL(this);
    if (rec.host === null || rec.host === '' || rec.scheme === 'file') return;
    value = toUSV(value);
    if (value === '') rec.port = null;
    else setWithOverride(this, rec, value, states.PORT);
    changed(this, false);
  }

  get pathname() {
    return serializePath(checkURL(this));
  }

  set pathname(value) {
    const rec = checkURL(this);
    if (typeof rec.path === 'string') return;
    const copy = { ...rec, path: [] };
    basicParse(toUSV(value), null, copy, states.PATH_START);
    rec.path = copy.path;
    changed(this, false);
  }

  get search() {
    const q = checkURL(this).query;
    return q === null || q === '' ? '' : '?' + q;
  }

  set search(value) {
    const rec = checkURL(this);
    value = toUSV(value);
    if (value === '') {
      rec.query = null;
      changed(this, true);
      return;
    }
    if (value[0] === '?') value = StringPrototypeSlice(value, 1);
    const copy = { ...rec, query: '' };
    basicParse(value, null, copy, states.QUERY);
    rec.query = copy.query;
    changed(this, true);
  }

  get searchParams() {
    checkURL(this);
    let sp = this[kSearchParams];
    if (sp === undefined) {
      sp = new URLSearchParams();
      const q = this[kContext].query;
      if (q) sp[kList] = parseParams(q);
      sp[kUrl] = this;
      hidden(this, kSearchParams, sp);
    }
    return sp;
  }

  get hash() {
    const f = checkURL(this).fragment;
    return f === null || f === '' ? '' : '#' + f;
  }

  set hash(value) {
    const rec = checkURL(this);
    value = toUSV(value);
    if (value === '') {
      rec.fragment = null;
      changed(this, false);
      return;
    }
    if (value[0] === '#') value = StringPrototypeSlice(value, 1);
    const copy = { ...rec, fragment: '' };
    basicParse(value, null, copy, states.FRAGMENT);
    rec.fragment = copy.fragment;
    changed(this, false);
  }

  toJSON() {
    checkURL(this);
    return hrefOf(this);
  }
}

// Like the spec, what the parser set before a failure stays set (host 'x:abc' sets the host).
function setWithOverride(self, rec, value, state) {
  basicParse(value, null, rec, state);
  changed(self, false);
}

ObjectDefineProperties(URL.prototype, {
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'URL' },
  toString: kEnumerable, href: kEnumerable, origin: kEnumerable, protocol: kEnumerable,
  username: kEnumerable, password: kEnumerable, host: kEnumerable, hostname: kEnumerable,
  port: kEnumerable, pathname: kEnumerable, search: kEnumerable, searchParams: kEnumerable,
  hash: kEnumerable, toJSON: kEnumerable,
});
ObjectDefineProperties(URL, {
  canParse: { __proto__: null, configurable: true, writable: true, enumerable: true },
  parse: { __proto__: null, configurable: true, writable: true, enumerable: true },
  createObjectURL: kEnumerable,
  revokeObjectURL: kEnumerable,
});

function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

// ---- Files ----
function fileURLToPath(path, options = undefined) {
  const windows = options?.windows;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? pathFromURLWin32(path) : pathFromURLPosix(path);
}

function hasEncoded(pathname, chars) {
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = StringPrototypeCharCodeAt(pathname, n + 2) | 0x20;
      for (let i = 0; i < chars.length; i += 2) {
        if (pathname[n + 1] === chars[i] && third === StringPrototypeCharCodeAt(chars, i + 1)) return true;
      }
    }
  }
  return false;
}

function pathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (hasEncoded(pathname, '2f')) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(pathname);
}

function pathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncoded(pathname, '2f5c')) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(StringPrototypeReplaceAll(pathname, '/', '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = StringPrototypeCharCodeAt(pathname, 1) | 0x20;
  if (letter < 0x61 || letter > 0x7A || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return StringPrototypeSlice(pathname, 1);
}

function encodePathChars(filepath, windows) {
  let out = '';
  for (let i = 0; i < filepath.length; i++) {
    const c = filepath[i];
    if (c === '%') out += '%25';
    else if (c === '\\' && !windows) out += '%5C';
    else if (c === '\n') out += '%0A';
    else if (c === '\r') out += '%0D';
    else if (c === '\t') out += '%09';
    else out += c;
  }
  return out;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? false;
  const path = require('path');
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (windows && StringPrototypeStartsWith(filepath, '\\\\')) {
    // UNC path: \\server\share\resource
    const isExtended = StringPrototypeStartsWith(filepath, '\\\\?\\UNC\\');
    const prefixLength = isExtended ? 8 : 2;
    const hostnameEndIndex = StringPrototypeIndexOf(filepath, '\\', prefixLength);
    if (hostnameEndIndex === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostnameEndIndex === 2) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    const hostname = StringPrototypeSlice(filepath, prefixLength, hostnameEndIndex);
    const url = new URL('file:');
    url.hostname = hostname;
    url.pathname = encodePathChars(StringPrototypeReplaceAll(StringPrototypeSlice(filepath, hostnameEndIndex), '\\', '/'), true);
    return url;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const last = filepath[filepath.length - 1];
  if ((last === '/' || (windows && last === '\\')) && resolved[resolved.length - 1] !== (windows ? '\\' : '/')) {
    resolved += '/';
  }
  if (windows) resolved = '/' + StringPrototypeReplaceAll(resolved, '\\', '/');
  resolved = encodePathChars(resolved, windows);
  if (StringPrototypeIncludes(resolved, '?')) resolved = StringPrototypeReplaceAll(resolved, '?', '%3F');
  if (StringPrototypeIncludes(resolved, '#')) resolved = StringPrototypeReplaceAll(resolved, '#', '%23');
  return new URL(`file://${resolved}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? StringPrototypeSlice(hostname, 1, -1) : hostname,
    hash: url.hash,
    search: search,
    pathname: pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// ---- Domains ----
function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const r = parser.parseHost(toUSV(domain), false);
  return r === null ? '' : r;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const ascii = parser.parseHost(toUSV(domain), false);
  if (ascii === null) return '';
  const labels = StringPrototypeSplit(ascii, '.');
  const punycode = require('internal/url_punycode');
  for (let i = 0; i < labels.length; i++) {
    if (StringPrototypeStartsWith(labels[i], 'xn--')) {
      // An invalid A-label stays as it is.
      const decoded = punycode.decode(StringPrototypeSlice(labels[i], 4));
      if (decoded !== null) labels[i] = decoded;
    }
  }
  return ArrayPrototypeJoin(labels, '.');
}

module.exports = {
  URL,
  URLSearchParams,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
  isURL,
  encodeStr: percentEncode,
};
