'use strict';
// The url module: the WHATWG classes and helpers (internal/url) and the legacy
// url.parse/format/resolve API, whose behaviour (not any standard) is the contract here.

const {
  ArrayIsArray,
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  Error,
  ErrorCaptureStackTrace,
  ObjectKeys,
  RegExpPrototypeExec,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  decodeURIComponent,
} = primordials;

const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
} = require('internal/url');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL, ERR_NODE4J_UNSUPPORTED },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

let querystring;
function qs() {
  querystring ??= require('querystring');
  return querystring;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolRe = /^[a-z0-9.+-]+:/i;
const portRe = /:[0-9]*$/;
const authorityWithAtRe = /^\/\/[^@/]+@[^@/]+/;
const simplePathRe = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
const HOSTNAME_MAX = 255;

function isJavascript(p) { return p === 'javascript' || p === 'javascript:'; }
const slashedSet = new primordials.SafeSet(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:',
  'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
function isSlashed(p) { return slashedSet.has(p); }

// Whitespace that url.parse() trims from both ends.
function isTrimmed(c) { return c < 33 || c === 0xA0 || c === 0xFEFF; }

// Characters escaped in path, query and hash after the host is taken.
const autoEscape = { __proto__: null, '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22',
  '\'': '%27', '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C',
  '}': '%7D' };
function escapeRest(s) {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const e = autoEscape[s[i]];
    if (e === undefined) continue;
    out += StringPrototypeSlice(s, last, i) + e;
    last = i + 1;
  }
  return last === 0 ? s : out + StringPrototypeSlice(s, last);
}

let parseWarned = false;
let invalidPortWarned = false; // DEP0170 is emitted once per process, as in Node
function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!parseWarned && !calledFromNodeModules()) {
    parseWarned = true;
    process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have ' +
      'security implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` ' +
      'vulnerabilities.', 'DeprecationWarning', 'DEP0169');
  }
  return parseInternal(url, parseQueryString, slashesDenoteHost);
}

function parseInternal(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

// True when the nearest caller that is not core code lives in a node_modules folder.
function calledFromNodeModules() {
  const { prepareStackTrace, stackTraceLimit } = Error;
  let frames;
  try {
    Error.stackTraceLimit = 20;
    Error.prepareStackTrace = (error, callSites) => callSites;
    const holder = {};
    ErrorCaptureStackTrace(holder, calledFromNodeModules);
    frames = holder.stack;
  } catch {
    // treat as user code
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

// Trims, and turns backslashes into slashes up to the first '?' or '#'.
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmed(StringPrototypeCharCodeAt(url, start))) start++;
  while (end > start && isTrimmed(StringPrototypeCharCodeAt(url, end - 1))) end--;
  let rest = '';
  let hasHash = false;
  let hasAt = false;
  let split = false;
  let last = start;
  for (let i = start; i < end; i++) {
    const c = url[i];
    if (split) {
      if (c === '#') hasHash = true;
      continue;
    }
    if (c === '@') hasAt = true;
    else if (c === '#') { hasHash = true; split = true; }
    else if (c === '?') split = true;
    else if (c === '\\') {
      rest += StringPrototypeSlice(url, last, i) + '/';
      last = i + 1;
    }
  }
  rest += StringPrototypeSlice(url, last, end);
  return { rest, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);
  let { rest, hasHash, hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = RegExpPrototypeExec(simplePathRe, rest);
    if (simple !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? qs().parse(StringPrototypeSlice(this.search, 1)) :
          StringPrototypeSlice(this.search, 1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let lowerProto;
  const proto = RegExpPrototypeExec(protocolRe, rest);
  if (proto !== null) {
    lowerProto = StringPrototypeToLowerCase(proto[0]);
    this.protocol = lowerProto;
    rest = StringPrototypeSlice(rest, proto[0].length);
  }

  // user@server always names a host; so does //x when the caller says slashes denote one.
  let slashes = false;
  if (slashesDenoteHost || proto !== null || RegExpPrototypeExec(authorityWithAtRe, rest) !== null) {
    slashes = rest[0] === '/' && rest[1] === '/';
    if (slashes && !(proto !== null && isJavascript(lowerProto))) {
      rest = StringPrototypeSlice(rest, 2);
      this.slashes = true;
    }
  }

  if (!isJavascript(lowerProto) && (slashes || (proto !== null && !isSlashed(proto[0])))) {
    rest = this._parseAuthority(rest, url);
  }

  if (!isJavascript(lowerProto)) rest = escapeRest(rest);

  let q = -1;
  let h = -1;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '#') {
      this.hash = StringPrototypeSlice(rest, i);
      h = i;
      break;
    }
    if (rest[i] === '?' && q === -1) q = i;
  }
  if (q !== -1) {
    this.search = StringPrototypeSlice(rest, q, h === -1 ? rest.length : h);
    this.query = StringPrototypeSlice(rest, q + 1, h === -1 ? rest.length : h);
    if (parseQueryString) this.query = qs().parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const first = q !== -1 && (h === -1 || q < h) ? q : h;
  if (first === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (first > 0) {
    this.pathname = StringPrototypeSlice(rest, 0, first);
  }
  if (isSlashed(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Takes auth, host, port and hostname off the front of `rest`; returns what follows.
Url.prototype._parseAuthority = function _parseAuthority(rest, url) {
  // The host ends at the first / ? #; characters never valid in a host end it too, unless an
  // '@' comes later (then they belong to the auth part).
  let hostEnd = -1;
  let at = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    switch (rest[i]) {
      case '\t': case '\n': case '\r': case ' ': case '"': case '%': case '\'': case ';': case '<':
      case '>': case '\\': case '^': case '`': case '{': case '|': case '}':
        if (nonHost === -1) nonHost = i;
        break;
      case '#': case '/': case '?':
        if (nonHost === -1) nonHost = i;
        hostEnd = i;
        break;
      case '@':
        at = i;
        nonHost = -1;
        break;
    }
  }
  let start = 0;
  if (at !== -1) {
    this.auth = decodeURIComponent(StringPrototypeSlice(rest, 0, at));
    start = at + 1;
  }
  if (nonHost === -1) {
    this.host = StringPrototypeSlice(rest, start);
    rest = '';
  } else {
    this.host = StringPrototypeSlice(rest, start, nonHost);
    rest = StringPrototypeSlice(rest, nonHost);
  }
  this.parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  let hostname = this.hostname;
  const ipv6 = hostname[0] === '[' && hostname[hostname.length - 1] === ']';
  if (!ipv6) {
    // A host with / \ # ? or : in it is cut there; the rest becomes path.
    for (let i = 0; i < hostname.length; i++) {
      const c = hostname[i];
      if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') {
        if (c === ':' && !invalidPortWarned) {
          invalidPortWarned = true;
          process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
            'DeprecationWarning', 'DEP0170');
        }
        this.hostname = StringPrototypeSlice(hostname, 0, i);
        rest = `/${StringPrototypeSlice(hostname, i)}${rest}`;
        break;
      }
    }
  }
  this.hostname = this.hostname.length > HOSTNAME_MAX ? '' : StringPrototypeToLowerCase(this.hostname);
  hostname = this.hostname;
  if (hostname !== '') {
    if (ipv6) {
      if (RegExpPrototypeExec(forbiddenHostCharsIpv6, hostname) !== null) throw new ERR_INVALID_URL(url);
    } else {
      this.hostname = legacyToASCII(hostname);
      if (this.hostname === '' || RegExpPrototypeExec(forbiddenHostChars, this.hostname) !== null) {
        throw new ERR_INVALID_URL(url);
      }
    }
  }
  this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
  if (ipv6) {
    this.hostname = StringPrototypeSlice(this.hostname, 1, -1);
    if (rest[0] !== '/') rest = '/' + rest;
  }
  return rest;
};

// Punycode for the non-ASCII labels of a legacy hostname (no other UTS 46 processing).
function legacyToASCII(hostname) {
  let ascii = true;
  for (let i = 0; i < hostname.length; i++) if (StringPrototypeCharCodeAt(hostname, i) >= 0x80) ascii = false;
  if (ascii) return hostname;
  const r = require('internal/url_parser').domainToASCIIInternal(hostname, false);
  return r === null ? '' : r;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = RegExpPrototypeExec(portRe, host);
  if (port !== null) {
    if (port[0] !== ':') this.port = StringPrototypeSlice(port[0], 1);
    host = StringPrototypeSlice(host, 0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// Characters kept as they are in the auth part when formatting.
function encodeAuth(auth) {
  let out = '';
  for (let i = 0; i < auth.length; i++) {
    const c = StringPrototypeCharCodeAt(auth, i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) ||
        c === 0x21 || c === 0x2D || c === 0x2E || c === 0x5F || c === 0x7E || c === 0x27 ||
        c === 0x28 || c === 0x29 || c === 0x2A || c === 0x3A) {
      out += auth[i];
    } else {
      const cp = primordials.StringPrototypeCodePointAt(auth, i);
      if (cp > 0xFFFF) i++;
      out += primordials.encodeURIComponent(primordials.StringFromCodePoint(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp));
    }
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeAuth(auth) + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hn = this.hostname;
    const bracket = StringPrototypeIndexOf(hn, ':') !== -1 && !(hn[0] === '[' && hn[hn.length - 1] === ']');
    host = auth + (bracket ? '[' + hn + ']' : hn);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') query = qs().stringify(this.query);
  let search = this.search || (query && ('?' + query)) || '';
  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  pathname = StringPrototypeReplaceAll(StringPrototypeReplaceAll(pathname, '#', '%23'), '?', '%3F');
  // Only slashed protocols get '//' (others only when they had it).
  if (this.slashes || isSlashed(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
      host = '//' + host;
    } else if (StringPrototypeStartsWith(protocol, 'file')) {
      host = '//';
    }
  }
  search = StringPrototypeReplaceAll(search, '#', '%23');
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (search && search[0] !== '?') search = '?' + search;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = parseInternal(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true; let unicode = false; let search = true; let auth = true;
    if (options) {
      validateObject(options, 'options');
      fragment = options.fragment ?? true;
      unicode = options.unicode ?? false;
      search = options.search ?? true;
      auth = options.auth ?? true;
    }
    const u = new URL(urlObject.href);
    let out = u.protocol;
    if (u.host !== '' || u.protocol === 'file:' || StringPrototypeStartsWith(StringPrototypeSlice(u.href, out.length), '//')) {
      out += '//';
      if (auth && (u.username || u.password)) out += u.username + (u.password ? ':' + u.password : '') + '@';
      out += unicode ? domainToUnicode(u.hostname) : u.hostname;
      if (u.port) out += ':' + u.port;
    }
    out += u.pathname;
    if (search) out += u.search;
    if (fragment) out += u.hash;
    return out;
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return parseInternal(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return parseInternal(source, false, true).resolveObject(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(parseInternal(relative, false, true)).format();
};

function copyInto(target, source, skipProtocol) {
  const keys = ObjectKeys(source);
  for (let i = 0; i < keys.length; i++) {
    if (skipProtocol && keys[i] === 'protocol') continue;
    target[keys[i]] = source[keys[i]];
  }
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// mailto:-style URLs can carry "user@" in what became the host.
function splitAuthFromHost(result) {
  const host = result.host;
  if (host && StringPrototypeIndexOf(host, '@') > 0) {
    const parts = StringPrototypeSplit(host, '@');
    result.auth = ArrayPrototypeShift(parts);
    result.host = result.hostname = ArrayPrototypeShift(parts);
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  copyInto(result, this, false);
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // '//host/path' keeps only our protocol.
  if (relative.slashes && !relative.protocol) {
    copyInto(result, relative, true);
    if (isSlashed(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    if (!isSlashed(relative.protocol)) {
      copyInto(result, relative, false);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !RegExpPrototypeExec(/^file:?$/, relative.protocol) && !isJavascript(relative.protocol)) {
      const relPath = StringPrototypeSplit(relative.pathname || '', '/');
      while (relPath.length && !(relative.host = ArrayPrototypeShift(relPath)));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') ArrayPrototypeUnshift(relPath, '');
      if (relPath.length < 2) ArrayPrototypeUnshift(relPath, '');
      result.pathname = ArrayPrototypeJoin(relPath, '/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname[0] === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && StringPrototypeSplit(result.pathname, '/')) || [];
  const relPath = (relative.pathname && StringPrototypeSplit(relative.pathname, '/')) || [];
  const noLeadingSlashes = result.protocol && !isSlashed(result.protocol);

  // Without leading slashes (mailto:, news:), '..' may climb into the host: it joins the path.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else ArrayPrototypeUnshift(srcPath, result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else ArrayPrototypeUnshift(relPath, relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    ArrayPrototypePop(srcPath);
    for (let i = 0; i < relPath.length; i++) ArrayPrototypePush(srcPath, relPath[i]);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    if (noLeadingSlashes) {
      result.hostname = result.host = ArrayPrototypeShift(srcPath);
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }

  // A path ending in . or .. (or empty) gets a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      ArrayPrototypeSplice(srcPath, i, 1);
    } else if (last === '..') {
      ArrayPrototypeSplice(srcPath, i, 1);
      up++;
    } else if (up) {
      ArrayPrototypeSplice(srcPath, i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) ArrayPrototypeUnshift(srcPath, '..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) {
    ArrayPrototypeUnshift(srcPath, '');
  }
  if (hasTrailingSlash) {
    const joined = ArrayPrototypeJoin(srcPath, '/');
    if (joined[joined.length - 1] !== '/') ArrayPrototypePush(srcPath, '');
  }
  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0][0] === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? ArrayPrototypeShift(srcPath) : '';
    splitAuthFromHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) ArrayPrototypeUnshift(srcPath, '');
  if (srcPath.length > 0) {
    result.pathname = ArrayPrototypeJoin(srcPath, '/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

// Node 24 has URLPattern (experimental); node4j does not yet.
class URLPattern {
  constructor() {
    throw new ERR_NODE4J_UNSUPPORTED('URLPattern');
  }
}

function fileURLToPathBuffer(path, options) {
  throw new ERR_NODE4J_UNSUPPORTED('url.fileURLToPathBuffer');
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLPattern,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  fileURLToPathBuffer,
  urlToHttpOptions,
};
