'use strict';
// fetch, Headers, Request, Response and FormData (WHATWG Fetch as Node's undici shapes it) on
// node4j's http/https client: redirects, AbortSignal, bodies as web ReadableStreams both ways,
// gzip/deflate/br decoding, and a keep-alive pool per protocol.

const {
  ArrayIsArray,
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePush,
  ArrayPrototypeSort,
  JSONParse,
  JSONStringify,
  ObjectKeys,
  Promise,
  PromiseReject,
  PromiseResolve,
  RegExpPrototypeExec,
  SafeMap,
  StringPrototypeToLowerCase,
  StringPrototypeToUpperCase,
  StringPrototypeTrim,
  Symbol,
  SymbolIterator,
  SymbolToStringTag,
  TypeError,
  Uint8Array,
} = primordials;

const { Buffer } = require('buffer');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { codes: { ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');

let web;
function webStreams() {
  return web ??= require('internal/webstreams/readablestream');
}
let blobModule;
function blobs() {
  return blobModule ??= require('internal/blob');
}

const kHeaders = Symbol('headers list');
const kGuard = Symbol('guard');
const kBody = Symbol('body');
const kState = Symbol('state');

// ---- Headers ----

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const badValueRe = /[\0\r\n]/;

function normalizeValue(value) {
  return `${value}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkName(name) {
  if (RegExpPrototypeExec(tokenRe, name) === null) {
    throw new TypeError(`Headers.append: "${name}" is an invalid header name.`);
  }
}

function checkValue(name, value) {
  if (RegExpPrototypeExec(badValueRe, value) !== null) {
    throw new TypeError(`Headers.append: "${value}" is an invalid header value.`);
  }
}

class Headers {
  constructor(init = undefined) {
    // lower-cased name -> { name (as first given), values[] }
    this[kHeaders] = new SafeMap();
    this[kGuard] = 'none';
    if (init === undefined || init === null) return;
    if (typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Headers constructor: Expected init to be an object or an iterable");
    }
    if (init instanceof Headers) {
      for (const { 0: n, 1: v } of init[kHeaders]) this[kHeaders].set(n, { name: v.name, values: [...v.values] });
      return;
    }
    if (typeof init[SymbolIterator] === 'function') {
      for (const pair of init) {
        const p = [...pair];
        if (p.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + p.length + '.');
        this.append(p[0], p[1]);
      }
      return;
    }
    for (const key of ObjectKeys(init)) this.append(key, init[key]);
  }

  append(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    checkName(name);
    checkValue(name, value);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    const key = StringPrototypeToLowerCase(name);
    const entry = this[kHeaders].get(key);
    if (entry) ArrayPrototypePush(entry.values, value);
    else this[kHeaders].set(key, { name, values: [value] });
  }

  set(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    checkName(name);
    checkValue(name, value);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    this[kHeaders].set(StringPrototypeToLowerCase(name), { name, values: [value] });
  }

  delete(name) {
    name = `${name}`;
    checkName(name);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    this[kHeaders].delete(StringPrototypeToLowerCase(name));
  }

  get(name) {
    name = `${name}`;
    checkName(name);
    const entry = this[kHeaders].get(StringPrototypeToLowerCase(name));
    if (!entry) return null;
    return ArrayPrototypeJoin(entry.values, ', ');
  }

  has(name) {
    name = `${name}`;
    checkName(name);
    return this[kHeaders].has(StringPrototypeToLowerCase(name));
  }

  getSetCookie() {
    const entry = this[kHeaders].get('set-cookie');
    return entry ? [...entry.values] : [];
  }

  // Sorted by name; set-cookie values stay separate, as the spec's "sort and combine" says.
  *entries() {
    const names = ArrayPrototypeSort([...this[kHeaders].keys()]);
    for (const n of names) {
      const entry = this[kHeaders].get(n);
      if (entry === undefined) continue;
      if (n === 'set-cookie') {
        for (const v of entry.values) yield [n, v];
      } else {
        yield [n, ArrayPrototypeJoin(entry.values, ', ')];
      }
    }
  }

  *keys() {
    for (const { 0: n } of this.entries()) yield n;
  }

  *values() {
    for (const { 1: v } of this.entries()) yield v;
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Headers.forEach: Argument 1 is not a function");
    }
    for (const { 0: n, 1: v } of this.entries()) callback.call(thisArg, v, n, this);
  }

  [SymbolIterator]() {
    return this.entries();
  }

  get [SymbolToStringTag]() {
    return 'Headers';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const o = {};
    for (const { 0: n, 1: v } of this.entries()) o[n] = v;
    return `Headers ${inspect(o, options)}`;
  }
}

function fillHeaders(headers, init) {
  const h = new Headers(init);
  for (const { 0: k, 1: v } of h[kHeaders]) headers[kHeaders].set(k, v);
}

// ---- bodies ----

// Extracts a body: { source (bytes, or a ReadableStream), type (default Content-Type) }.
function extractBody(body) {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string') return { bytes: Buffer.from(body), type: 'text/plain;charset=UTF-8' };
  if (body instanceof URLSearchParams) {
    return { bytes: Buffer.from(body.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (isAnyArrayBuffer(body)) return { bytes: Buffer.from(new Uint8Array(body.slice(0))), type: null };
  if (isArrayBufferView(body)) {
    return { bytes: Buffer.from(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), type: null };
  }
  const { isBlob } = blobs();
  if (isBlob(body)) return { blob: body, type: body.type || null };
  if (body instanceof FormData) return formDataBody(body);
  if (webStreams().isReadableStream(body)) return { stream: body, type: null };
  if (typeof body[Symbol.asyncIterator] === 'function') {
    const it = body;
    const stream = new (webStreams().ReadableStream)({
      async start(c) {
        for await (const chunk of it) c.enqueue(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        c.close();
      },
    });
    return { stream, type: null };
  }
  return { bytes: Buffer.from(`${body}`), type: 'text/plain;charset=UTF-8' };
}

function bodyStream(b) {
  if (b.stream) return b.stream;
  if (b.blob) return b.blob.stream();
  const bytes = b.bytes;
  return new (webStreams().ReadableStream)({
    type: 'bytes',
    start(c) {
      if (bytes.length) c.enqueue(new Uint8Array(bytes));
      c.close();
    },
  });
}

async function consume(owner) {
  const b = owner[kBody];
  if (owner.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
  if (b === null) return Buffer.alloc(0);
  if (b.stream && b.stream.locked) throw new TypeError('Body is unusable: Body has already been read');
  b.used = true;
  if (b.bytes && !b.streamed) return b.bytes;
  if (b.blob && !b.streamed) return Buffer.from(await b.blob.arrayBuffer());
  const reader = owner.body.getReader();
  const chunks = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    ArrayPrototypePush(chunks, typeof value === 'string' ? Buffer.from(value) : Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

const bodyMixin = {
  get body() {
    const b = this[kBody];
    if (b === null) return null;
    if (!b.stream) {
      b.stream = bodyStream(b);
      b.streamed = true;
    }
    return b.stream;
  },
  get bodyUsed() {
    const b = this[kBody];
    if (b === null) return false;
    if (b.used) return true;
    const { kState: kStreamState } = require('internal/webstreams/util');
    return Boolean(b.stream && b.stream[kStreamState]?.disturbed);
  },
  async arrayBuffer() {
    const bytes = await consume(this);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  },
  async bytes() {
    return new Uint8Array(await this.arrayBuffer());
  },
  async text() {
    return (await consume(this)).toString('utf8');
  },
  async json() {
    return JSONParse((await consume(this)).toString('utf8'));
  },
  async blob() {
    const bytes = await consume(this);
    const { Blob } = blobs();
    return new Blob([bytes], { type: this.headers.get('content-type') ?? '' });
  },
  async formData() {
    const type = this.headers.get('content-type') ?? '';
    const bytes = await consume(this);
    if (RegExpPrototypeExec(/^application\/x-www-form-urlencoded/i, type) !== null) {
      const fd = new FormData();
      for (const { 0: k, 1: v } of new URLSearchParams(bytes.toString())) fd.append(k, v);
      return fd;
    }
    throw new ERR_NODE4J_UNSUPPORTED('body.formData() for multipart/form-data');
  },
};

function mixBody(proto) {
  for (const key of ObjectKeys(Object.getOwnPropertyDescriptors(bodyMixin))) {
    Object.defineProperty(proto, key, Object.getOwnPropertyDescriptor(bodyMixin, key));
  }
}

// ---- FormData ----

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    this[kState] = [];
  }

  append(name, value, filename = undefined) {
    ArrayPrototypePush(this[kState], entry(name, value, filename));
  }

  set(name, value, filename = undefined) {
    name = `${name}`;
    const e = entry(name, value, filename);
    const i = this[kState].findIndex((x) => x.name === name);
    if (i === -1) {
      ArrayPrototypePush(this[kState], e);
      return;
    }
    this[kState][i] = e;
    this[kState] = ArrayPrototypeFilter(this[kState], (x, j) => j <= i || x.name !== name);
  }

  get(name) {
    name = `${name}`;
    const e = this[kState].find((x) => x.name === name);
    return e ? e.value : null;
  }

  getAll(name) {
    name = `${name}`;
    return ArrayPrototypeMap(ArrayPrototypeFilter(this[kState], (x) => x.name === name), (x) => x.value);
  }

  has(name) {
    name = `${name}`;
    return this[kState].some((x) => x.name === name);
  }

  delete(name) {
    name = `${name}`;
    this[kState] = ArrayPrototypeFilter(this[kState], (x) => x.name !== name);
  }

  *entries() {
    for (const { name, value } of this[kState]) yield [name, value];
  }

  *keys() {
    for (const { name } of this[kState]) yield name;
  }

  *values() {
    for (const { value } of this[kState]) yield value;
  }

  forEach(callback, thisArg = undefined) {
    for (const { name, value } of this[kState]) callback.call(thisArg, value, name, this);
  }

  [SymbolIterator]() {
    return this.entries();
  }

  get [SymbolToStringTag]() {
    return 'FormData';
  }
}

function entry(name, value, filename) {
  name = `${name}`;
  const { isBlob, Blob } = blobs();
  if (isBlob(value)) {
    const { File } = require('internal/file');
    if (!(value instanceof File) || filename !== undefined) {
      value = new File([value], filename !== undefined ? `${filename}` : (value.name ?? 'blob'), { type: value.type });
    }
  } else {
    value = `${value}`;
  }
  void Blob;
  return { name, value };
}

function formDataBody(fd) {
  const boundary = `----formdata-node4j-${Math.random().toString().slice(2, 13)}`;
  const escape = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  const parts = [];
  for (const { name, value } of fd[kState]) {
    if (typeof value === 'string') {
      ArrayPrototypePush(parts, Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"` +
        `\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      ArrayPrototypePush(parts, Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"` +
        `; filename="${escape(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      ArrayPrototypePush(parts, value);
      ArrayPrototypePush(parts, Buffer.from('\r\n'));
    }
  }
  ArrayPrototypePush(parts, Buffer.from(`--${boundary}--\r\n`));
  const { Blob } = blobs();
  return { blob: new Blob(parts), type: `multipart/form-data; boundary=${boundary}` };
}

// ---- Request ----

// the methods the spec upper-cases (PATCH is not one of them)
const kMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];

class Request {
  constructor(input, init = {}) {
    if (init === null) init = {};
    let url;
    let base = null;
    if (input instanceof Request) {
      base = input;
      url = input.url;
    } else {
      try {
        url = new URL(`${input}`).href;
      } catch (err) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
      }
      if (RegExpPrototypeExec(/^[^:]+:\/\/[^/]*@/, url) !== null) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
    }
    let method = init.method ?? base?.method ?? 'GET';
    method = `${method}`;
    if (RegExpPrototypeExec(tokenRe, method) === null) throw new TypeError(`'${method}' is not a valid HTTP method.`);
    const upper = StringPrototypeToUpperCase(method);
    if (upper === 'CONNECT' || upper === 'TRACE' || upper === 'TRACK') {
      throw new TypeError(`'${method}' HTTP method is unsupported.`);
    }
    if (ArrayPrototypeIncludes(kMethods, upper)) method = upper;
    this[kState] = {
      url,
      method,
      redirect: init.redirect ?? base?.redirect ?? 'follow',
      signal: init.signal ?? base?.signal ?? new AbortController().signal,
      keepalive: Boolean(init.keepalive ?? base?.keepalive ?? false),
      duplex: init.duplex ?? 'half',
    };
    if (!ArrayPrototypeIncludes(['follow', 'error', 'manual'], this[kState].redirect)) {
      throw new TypeError(`Request constructor: ${this[kState].redirect} is not an accepted type. ` +
        "Expected one of follow, error, manual.");
    }
    const headers = new Headers(init.headers ?? base?.headers);
    this[kState].headers = headers;
    let body = null;
    if (init.body !== undefined && init.body !== null) {
      if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
      body = extractBody(init.body);
      if (body.stream && init.duplex !== 'half') {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (body.type && !headers.has('content-type')) headers.append('content-type', body.type);
    } else if (base) {
      body = base[kBody];
      if (body) base[kBody] = { ...body, used: true };
    }
    this[kBody] = body;
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url; }
  get headers() { return this[kState].headers; }
  get redirect() { return this[kState].redirect; }
  get signal() { return this[kState].signal; }
  get keepalive() { return this[kState].keepalive; }
  get duplex() { return this[kState].duplex; }
  get cache() { return 'default'; }
  get credentials() { return 'same-origin'; }
  get destination() { return ''; }
  get integrity() { return ''; }
  get mode() { return 'cors'; }
  get referrer() { return 'about:client'; }
  get referrerPolicy() { return ''; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Request.clone: Body has already been consumed.');
    const r = new Request(this.url, { method: this.method, headers: this.headers, redirect: this.redirect,
                                      signal: this.signal, keepalive: this.keepalive });
    r[kBody] = teeBody(this);
    return r;
  }

  get [SymbolToStringTag]() {
    return 'Request';
  }
}
mixBody(Request.prototype);

// Splits a body in two (clone): streams are teed, bytes shared.
function teeBody(owner) {
  const b = owner[kBody];
  if (b === null) return null;
  if (b.stream) {
    const { 0: a, 1: c } = b.stream.tee();
    owner[kBody] = { stream: a, streamed: true };
    return { stream: c, streamed: true };
  }
  return { ...b };
}

// ---- Response ----

const nullBodyStatus = [101, 103, 204, 205, 304];
const redirectStatus = [301, 302, 303, 307, 308];

class Response {
  constructor(body = null, init = {}) {
    if (init === null) init = {};
    const status = init.status ?? 200;
    if (status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    const statusText = init.statusText ?? '';
    if (RegExpPrototypeExec(/[^\t\x20-\x7e\x80-\xff]/, `${statusText}`) !== null) {
      throw new TypeError('Invalid statusText');
    }
    this[kState] = { status, statusText: `${statusText}`, type: 'default', url: '', redirected: false,
                     headers: new Headers(init.headers) };
    this[kBody] = null;
    if (body !== null && body !== undefined) {
      if (ArrayPrototypeIncludes(nullBodyStatus, status)) {
        throw new TypeError('Response constructor: Invalid response status code ' + status);
      }
      const b = extractBody(body);
      this[kBody] = b;
      if (b.type && !this[kState].headers.has('content-type')) this[kState].headers.append('content-type', b.type);
    }
  }

  static error() {
    const r = new Response(null, { status: 200 });
    r[kState].status = 0;
    r[kState].type = 'error';
    r[kState].headers[kGuard] = 'immutable';
    return r;
  }

  static redirect(url, status = 302) {
    const parsed = new URL(`${url}`);
    if (!ArrayPrototypeIncludes(redirectStatus, status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status });
    r[kState].headers.set('location', parsed.href);
    r[kState].headers[kGuard] = 'immutable';
    return r;
  }

  static json(data, init = {}) {
    const text = JSONStringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(text, init);
    r[kState].headers.set('content-type', 'application/json');
    return r;
  }

  get type() { return this[kState].type; }
  get url() { return this[kState].url; }
  get redirected() { return this[kState].redirected; }
  get status() { return this[kState].status; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kState].headers; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = new Response(null, { status: this.status === 0 ? 200 : this.status, statusText: this.statusText,
                                   headers: this.headers });
    r[kState] = { ...this[kState], headers: new Headers(this.headers) };
    r[kBody] = teeBody(this);
    return r;
  }

  get [SymbolToStringTag]() {
    return 'Response';
  }
}
mixBody(Response.prototype);

// ---- fetch ----

let agents;
function agentFor(protocol) {
  agents ??= { __proto__: null };
  if (!agents[protocol]) {
    const mod = protocol === 'https:' ? require('https') : require('http');
    agents[protocol] = new mod.Agent({ keepAlive: true, keepAliveMsecs: 4000 });
  }
  return agents[protocol];
}

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (err) {
    return PromiseReject(err);
  }
  const signal = request.signal;
  if (signal.aborted) return PromiseReject(signal.reason);
  return new Promise((resolve, reject) => {
    let done = false;
    let current = null;
    const onAbort = () => {
      if (done) return;
      done = true;
      current?.destroy(signal.reason);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const finish = (fn, value) => {
      if (done) return;
      done = true;
      signal.removeEventListener('abort', onAbort);
      fn(value);
    };
    const step = (url, method, headers, body, redirects, urlList) => {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        finish(reject, fetchFailed(new Error(u.protocol === 'data:' || u.protocol === 'blob:' ?
          `node4j: fetch of ${u.protocol} URLs is not supported yet` : 'unknown scheme')));
        return;
      }
      const mod = u.protocol === 'https:' ? require('https') : require('http');
      const outHeaders = [];
      const has = (n) => headers.has(n);
      // a header list goes out as given: Host is ours to add
      if (!has('host')) ArrayPrototypePush(outHeaders, ['host', u.host]);
      for (const { 0: k, 1: v } of headers) ArrayPrototypePush(outHeaders, [k, v]);
      if (!has('accept')) ArrayPrototypePush(outHeaders, ['accept', '*/*']);
      if (!has('accept-language')) ArrayPrototypePush(outHeaders, ['accept-language', '*']);
      if (!has('sec-fetch-mode')) ArrayPrototypePush(outHeaders, ['sec-fetch-mode', 'cors']);
      if (!has('user-agent')) ArrayPrototypePush(outHeaders, ['user-agent', 'node']);
      if (!has('accept-encoding')) ArrayPrototypePush(outHeaders, ['accept-encoding', 'gzip, deflate']);
      let length = null;
      if (body !== null && body.bytes) length = body.bytes.length;
      else if (body !== null && body.blob) length = body.blob.size;
      else if (body === null && (method === 'POST' || method === 'PUT')) length = 0;
      if (length !== null && !has('content-length')) ArrayPrototypePush(outHeaders, ['content-length', `${length}`]);
      const flat = [];
      for (const { 0: k, 1: v } of outHeaders) ArrayPrototypePush(flat, k, v);
      let req;
      try {
        req = mod.request(u, { method, headers: flat, agent: agentFor(u.protocol) });
      } catch (err) {
        finish(reject, fetchFailed(err));
        return;
      }
      current = req;
      req.on('error', (err) => finish(reject, fetchFailed(err)));
      req.on('response', (res) => {
        const status = res.statusCode;
        const location = res.headers.location;
        if (ArrayPrototypeIncludes(redirectStatus, status) && location !== undefined && request.redirect !== 'manual') {
          res.resume();
          if (request.redirect === 'error') {
            finish(reject, fetchFailed(new Error('unexpected redirect')));
            return;
          }
          if (redirects >= 20) {
            finish(reject, fetchFailed(new Error('redirect count exceeded')));
            return;
          }
          let next;
          try {
            next = new URL(location, url).href;
          } catch (err) {
            finish(reject, fetchFailed(err));
            return;
          }
          if (body !== null && body.stream && status !== 303) {
            finish(reject, fetchFailed(new Error('Cannot follow redirect with a streamed body')));
            return;
          }
          let nextMethod = method;
          let nextBody = body;
          const nextHeaders = new Headers(headers);
          if (status === 303 && method !== 'GET' && method !== 'HEAD' || (status === 301 || status === 302) && method === 'POST') {
            nextMethod = 'GET';
            nextBody = null;
            for (const h of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) {
              nextHeaders.delete(h);
            }
          }
          if (new URL(next).origin !== u.origin) {
            nextHeaders.delete('authorization');
            nextHeaders.delete('cookie');
            nextHeaders.delete('proxy-authorization');
          }
          ArrayPrototypePush(urlList, next);
          step(next, nextMethod, nextHeaders, nextBody, redirects + 1, urlList);
          return;
        }
        const response = new Response(null, { status: 200 });
        const rh = new Headers();
        for (let i = 0; i < res.rawHeaders.length; i += 2) rh.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
        response[kState] = {
          status, statusText: res.statusMessage ?? '', type: 'basic', url: urlList[urlList.length - 1],
          redirected: urlList.length > 1, headers: rh,
        };
        rh[kGuard] = 'immutable';
        let source = res;
        const coding = StringPrototypeToLowerCase(StringPrototypeTrim(res.headers['content-encoding'] ?? ''));
        if (method !== 'HEAD' && status !== 204 && status !== 304 && coding !== '') {
          const zlib = require('zlib');
          let decoder = null;
          if (coding === 'gzip' || coding === 'x-gzip') decoder = zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
          else if (coding === 'deflate') decoder = zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
          else if (coding === 'br') decoder = zlib.createBrotliDecompress();
          if (decoder !== null) {
            const { pipeline } = require('stream');
            pipeline(res, decoder, () => {});
            source = decoder;
          }
        }
        if (method === 'HEAD' || ArrayPrototypeIncludes(nullBodyStatus, status)) {
          res.resume();
          response[kBody] = null;
        } else {
          const { newReadableStreamFromStreamReadable } = require('internal/webstreams/adapters');
          response[kBody] = { stream: newReadableStreamFromStreamReadable(source), streamed: true };
          if (signal) {
            const abortBody = () => source.destroy(signal.reason);
            signal.addEventListener('abort', abortBody, { once: true });
            source.once('close', () => signal.removeEventListener('abort', abortBody));
          }
        }
        finish(resolve, response);
      });
      if (body === null) {
        req.end();
      } else if (body.bytes) {
        req.end(body.bytes);
      } else {
        const stream = body.blob ? body.blob.stream() : body.stream;
        const reader = stream.getReader();
        const pump = () => reader.read().then(({ done: end, value }) => {
          if (end) {
            req.end();
            return;
          }
          if (req.write(Buffer.from(value))) pump();
          else req.once('drain', pump);
        }, (err) => req.destroy(err));
        pump();
      }
    };
    const body = request[kBody];
    if (body !== null) request[kBody] = { ...body, used: true };
    step(request.url, request.method, request.headers, body, 0, [request.url]);
  });
}

module.exports = {
  FormData,
  Headers,
  Request,
  Response,
  fetch,
  fillHeaders,
};
