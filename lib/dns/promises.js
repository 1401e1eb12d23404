'use strict';
// dns/promises: lookup, lookupService, the resolve* family and Resolver as promises.

const { ObjectDefineProperty, Promise } = primordials;
const dns = require('dns');

function lookup(hostname, options) {
  return new Promise((resolve, reject) => {
    const cb = (err, address, family) => {
      if (err) reject(err);
      else if (typeof address === 'object' && address !== null) resolve(address);
      else resolve({ address, family });
    };
    if (options === undefined) dns.lookup(hostname, cb);
    else dns.lookup(hostname, options, cb);
  });
}

function lookupService(address, port) {
  return new Promise((resolve, reject) => {
    dns.lookupService(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

const {
  ResolverBase, getDefaultResolver, runQuery, reverseName, resolverError, queries,
} = require('internal/dns/resolver');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { isIP } = require('internal/net');

function promised(resolver, bindingName, name, ttl) {
  return new Promise((resolve, reject) => {
    runQuery(resolver, bindingName, name, ttl, (err, result) => {
      if (err) reject(err);
      else resolve(result);
    });
  });
}

function resolver(bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    return promised(this, bindingName, name, Boolean(options?.ttl));
  }
  ObjectDefineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

class Resolver extends ResolverBase {}
const typeMap = { __proto__: null };
for (const [method, rrtype, bindingName] of queries) {
  Resolver.prototype[method] = typeMap[rrtype] = resolver(bindingName);
}

Resolver.prototype.reverse = function reverse(ip) {
  validateString(ip, 'ip');
  if (isIP(ip) === 0) throw resolverError('EINVAL', 'getHostByAddr', ip);
  return new Promise((resolve, reject) => {
    runQuery(this, 'getHostByAddr', reverseName(ip), false, (err, result) => {
      if (!err) return resolve(result);
      err.message = `${err.syscall} ${err.code} ${ip}`;
      err.hostname = ip;
      reject(err);
    });
  });
};

Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let fn;
  if (rrtype === undefined) {
    fn = typeMap.A;
  } else if (typeof rrtype === 'string') {
    fn = typeMap[rrtype];
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  return fn.call(this, hostname);
};

// the module-level functions use the default resolver (the one dns.setServers configures)
function bindDefault(name) {
  const fn = function(...args) {
    return Resolver.prototype[name].apply(getDefaultResolver(), args);
  };
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name });
  return fn;
}

const out = {
  lookup,
  lookupService,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  getDefaultResultOrder: dns.getDefaultResultOrder,
  Resolver,
};
for (const name of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa', 'resolveTxt', 'reverse',
  'setServers', 'getServers']) {
  out[name] = bindDefault(name);
}
for (const code of ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
  'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS',
  'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED']) {
  out[code] = dns[code];
}
module.exports = out;
