'use strict';
// dns.Resolver and the resolve* family over internal/dns/channel (node4j's c-ares stand-in):
// argument checks, servers in Node's text forms, and the answers reshaped per function as
// Node 24 returns them. dns/promises builds its Resolver on the same base.

const {
  ArrayIsArray, ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypeReverse, ErrorCaptureStackTrace,
  ObjectDefineProperty, StringPrototypeSplit,
} = primordials;
const {
  codes: { ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS },
} = require('internal/errors');
const { validateFunction, validateInt32, validatePort, validateString, validateUint32 } =
  require('internal/validators');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const { TYPES } = require('internal/dns/wire');
const { ChannelWrap } = require('internal/dns/channel');

// c-ares' errors: a code string and no errno, "queryA ENOTFOUND example.test"
function resolverError(code, syscall, hostname) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  Error.stackTraceLimit = limit;
  err.errno = undefined;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  ErrorCaptureStackTrace(err, resolverError);
  return err;
}

class QueryReqWrap {}

function strip(r) {
  const o = { ...r };
  delete o.ttl;
  return o;
}

const anyOrder = ['A', 'CNAME', 'AAAA', 'MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA', 'CAA', 'TLSA'];

// The answers of one query as the Node function returns them (see test/js/dns for the shapes).
const shapes = {
  queryA: (list, ttl) => list.map((r) => (ttl ? { address: r.address, ttl: r.ttl } : r.address)),
  queryAaaa: (list, ttl) => list.map((r) => (ttl ? { address: r.address, ttl: r.ttl } : r.address)),
  queryCname: (list) => list.map((r) => r.value),
  queryNs: (list) => list.map((r) => r.value),
  queryPtr: (list) => list.map((r) => r.value),
  getHostByAddr: (list) => list.map((r) => r.value),
  queryTxt: (list) => list.map((r) => r.entries),
  queryMx: (list) => list,
  querySrv: (list) => list,
  queryCaa: (list) => list,
  queryTlsa: (list) => list.map(({ certUsage, selector, match, data }) => ({ certUsage, selector, match, data })),
  // Node 24 leaves a `type: undefined` on these two
  queryNaptr: (list) => list.map((r) => ({ ...r, type: undefined })),
  querySoa: (list) => ({ ...list[0], type: undefined }),
  // grouped by type in the order Node's parser visits them, answer order within a type
  queryAny: (list) => {
    const out = [];
    for (const type of anyOrder) {
      for (let i = 0; i < list.length; i++) {
        const r = list[i];
        if (r.type !== type) continue;
        if (type === 'TLSA') ArrayPrototypePush(out, shapes.queryTlsa([r])[0]);
        else ArrayPrototypePush(out, type === 'A' || type === 'AAAA' ? r : strip(r));
      }
    }
    return out;
  },
};

const bindings = {
  queryA: TYPES.A, queryAaaa: TYPES.AAAA, queryAny: TYPES.ANY, queryCaa: TYPES.CAA,
  queryCname: TYPES.CNAME, queryMx: TYPES.MX, queryNs: TYPES.NS, queryTxt: TYPES.TXT,
  querySrv: TYPES.SRV, queryPtr: TYPES.PTR, queryNaptr: TYPES.NAPTR, querySoa: TYPES.SOA,
  queryTlsa: TYPES.TLSA, getHostByAddr: TYPES.PTR,
};

// Runs a query on the resolver's channel; done(err, result) with Node's error and shape.
function runQuery(resolver, bindingName, name, ttl, done) {
  const type = bindings[bindingName];
  resolver._handle.query(name, type, (code, answers) => {
    if (code) {
      done(resolverError(code, bindingName, name));
      return;
    }
    const list = [];
    for (let i = 0; i < answers.length; i++) {
      if (type === TYPES.ANY || answers[i][1] === type) ArrayPrototypePush(list, answers[i][2]);
    }
    if (list.length === 0) {
      done(resolverError('ENODATA', bindingName, name));
      return;
    }
    done(null, shapes[bindingName](list, ttl));
  });
}

function reverseName(ip) {
  if (isIPv4(ip)) return `${ArrayPrototypeJoin(ArrayPrototypeReverse(StringPrototypeSplit(ip, '.')), '.')}.in-addr.arpa`;
  // the 32 nibbles of the address, last first
  const [head, tail = ''] = StringPrototypeSplit(ip.split('%')[0], '::');
  const h = head ? StringPrototypeSplit(head, ':') : [];
  const t = tail ? StringPrototypeSplit(tail, ':') : [];
  let groups = ip.includes('::') ? [...h, ...new Array(8 - h.length - t.length).fill('0'), ...t] : h;
  if (groups.length && groups[groups.length - 1].includes('.')) {
    const v4 = groups.pop().split('.').map(Number);
    groups = [...groups, ((v4[0] << 8) | v4[1]).toString(16), ((v4[2] << 8) | v4[3]).toString(16)];
  }
  let hex = '';
  for (const g of groups) hex += g.padStart(4, '0');
  return `${[...hex].reverse().join('.')}.ip6.arpa`;
}

class ResolverBase {
  constructor(options = undefined) {
    let timeout = -1;
    let tries = 4;
    let maxTimeout = 0;
    if (options !== undefined && options !== null && typeof options === 'object') {
      if (options.timeout !== undefined) {
        validateInt32(options.timeout, 'options.timeout', -1);
        timeout = options.timeout;
      }
      if (options.tries !== undefined) {
        validateInt32(options.tries, 'options.tries', 1);
        tries = options.tries;
      }
      if (options.maxTimeout !== undefined) {
        validateUint32(options.maxTimeout, 'options.maxTimeout');
        maxTimeout = options.maxTimeout;
      }
    }
    this._handle = new ChannelWrap(timeout, tries, maxTimeout);
  }

  cancel() {
    setImmediate(() => this._handle.cancel());
  }

  getServers() {
    const out = [];
    for (const s of this._handle.getServers()) {
      if (s.port === 53) ArrayPrototypePush(out, s.ip);
      else ArrayPrototypePush(out, s.family === 6 ? `[${s.ip}]:${s.port}` : `${s.ip}:${s.port}`);
    }
    return out;
  }

  setServers(servers) {
    if (!ArrayIsArray(servers)) throw new ERR_INVALID_ARG_TYPE('servers', 'Array', servers);
    const list = [];
    for (let i = 0; i < servers.length; i++) {
      const serv = servers[i];
      validateString(serv, `servers[${i}]`);
      const s = parseServer(serv);
      if (s === null) throw new ERR_INVALID_IP_ADDRESS(serv);
      if (!list.some((o) => o.ip === s.ip && o.port === s.port)) ArrayPrototypePush(list, s);
    }
    if (this._handle.pending.size > 0) {
      throw new ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', servers);
    }
    this._handle.servers = list;
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const h = this._handle;
    const f1 = isIP(ipv4);
    if (f1 === 0) throw invalidLocal('Invalid IP address.');
    let v4 = f1 === 4 ? ipv4 : null;
    let v6 = f1 === 6 ? ipv4 : null;
    if (ipv6 !== undefined) {
      const f2 = isIP(ipv6);
      if (f2 === 0) throw invalidLocal('Invalid IP address.');
      if (f2 === 4 && v4 !== null) throw invalidLocal('Cannot specify two IPv4 addresses.');
      if (f2 === 6 && v6 !== null) throw invalidLocal('Cannot specify two IPv6 addresses.');
      if (f2 === 4) v4 = ipv6;
      else v6 = ipv6;
    }
    h.local4 = v4;
    h.local6 = v6;
  }
}

// Node's C++ throws these as ERR_INVALID_ARG_VALUE with a bare message
function invalidLocal(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_VALUE';
  ObjectDefineProperty(err, 'name', { __proto__: null, value: 'TypeError', configurable: true, writable: true });
  return err;
}

// '1.2.3.4', '1.2.3.4:53', '::1', '[::1]', '[::1]:53' → { ip, port, family } or null
function parseServer(serv) {
  let ip = serv;
  let port = 53;
  if (serv[0] === '[') {
    const end = serv.indexOf(']');
    if (end === -1) return null;
    ip = serv.slice(1, end);
    if (serv.length > end + 1) {
      if (serv[end + 1] !== ':') return null;
      port = validatePort(serv.slice(end + 2) === '' ? -1 : Number(serv.slice(end + 2)));
    }
  } else if (!isIPv6(serv)) {
    const colon = serv.lastIndexOf(':');
    if (colon !== -1) {
      ip = serv.slice(0, colon);
      port = validatePort(Number(serv.slice(colon + 1)));
    }
  }
  const family = isIP(ip);
  if (family === 0) return null;
  return { ip, port: port === 0 ? 53 : port, family };
}

// ---- the callback API ----

function resolver(bindingName) {
  function query(name, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.ttl = Boolean(options?.ttl);
    req.resolver = this;
    runQuery(this, bindingName, name, req.ttl, (err, result) => {
      if (err) callback(err);
      else callback(null, result);
    });
    return req;
  }
  ObjectDefineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

class Resolver extends ResolverBase {}

// [method, rrtype, binding name]: the resolve* family, shared with dns/promises
const queries = [['resolveAny', 'ANY', 'queryAny'], ['resolve4', 'A', 'queryA'], ['resolve6', 'AAAA', 'queryAaaa'],
  ['resolveCaa', 'CAA', 'queryCaa'], ['resolveCname', 'CNAME', 'queryCname'], ['resolveMx', 'MX', 'queryMx'],
  ['resolveNs', 'NS', 'queryNs'], ['resolveTlsa', 'TLSA', 'queryTlsa'], ['resolveTxt', 'TXT', 'queryTxt'],
  ['resolveSrv', 'SRV', 'querySrv'], ['resolvePtr', 'PTR', 'queryPtr'], ['resolveNaptr', 'NAPTR', 'queryNaptr'],
  ['resolveSoa', 'SOA', 'querySoa']];
const resolveMap = { __proto__: null };
for (const [method, rrtype, bindingName] of queries) {
  Resolver.prototype[method] = resolveMap[rrtype] = resolver(bindingName);
}

// reverse(ip): PTR names of in-addr.arpa / ip6.arpa
Resolver.prototype.reverse = function reverse(ip, callback) {
  validateString(ip, 'ip');
  validateFunction(callback, 'callback');
  if (isIP(ip) === 0) throw resolverError('EINVAL', 'getHostByAddr', ip);
  const req = new QueryReqWrap();
  req.hostname = ip;
  runQuery(this, 'getHostByAddr', reverseName(ip), false, (err, result) => {
    if (err) {
      err.message = `${err.syscall} ${err.code} ${ip}`;
      err.hostname = ip;
      callback(err);
    } else {
      callback(null, result);
    }
  });
  return req;
};

Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let fn;
  if (typeof rrtype === 'string') {
    fn = resolveMap[rrtype];
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else if (typeof rrtype === 'function') {
    fn = resolveMap.A;
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  return fn.call(this, hostname, callback);
};

let defaultResolver;
function getDefaultResolver() {
  return defaultResolver ??= new Resolver();
}

module.exports = {
  Resolver, ResolverBase, QueryReqWrap, getDefaultResolver, runQuery, reverseName, resolverError, queries,
};
