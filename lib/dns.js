'use strict';
// dns: lookup and lookupService through the system resolver (cares_wrap's getaddrinfo and
// getnameinfo, run on the blocking pool); the resolve* family, reverse and Resolver through
// node4j's DNS client (internal/dns/resolver, loaded on first use).

const { ObjectDefineProperty } = primordials;
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateOneOf, validatePort, validateString,
} = require('internal/validators');
const { isIP } = require('internal/net');
const { dnsException } = require('internal/net_errors');

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultResultOrder = 'verbatim';

const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;

let cares;
function binding() {
  return cares ??= internalBinding('cares_wrap');
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// Parses lookup's (hostname, options, callback) as Node does; returns [family, all, order, hints].
function lookupOptions(hostname, options, callback, argc) {
  let family = 0;
  let all = false;
  let order = defaultResultOrder;
  let hints = 0;
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    return { callback: options, family, all, order, hints };
  }
  if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(argc === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options?.family != null) {
      switch (options.family) {
        case 'IPv4': family = 4; break;
        case 'IPv6': family = 6; break;
        default:
          validateOneOf(options.family, 'options.family', validFamilies);
          family = options.family;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', validOrders);
      order = options.order;
    }
  }
  return { callback, family, all, order, hints };
}

function lookup(hostname, options, callback) {
  const o = lookupOptions(hostname, options, callback, arguments.length);
  callback = o.callback;
  if (!hostname) {
    if (o.all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, o.family === 6 ? 6 : 4);
    return {};
  }
  const matched = isIP(hostname);
  if (matched) {
    if (o.all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  const req = { hostname, family: o.family, oncomplete: null };
  binding().getaddrinfo(hostname, o.family, o.order, (status, addresses) => {
    if (status !== 0) {
      callback(dnsException(status, 'getaddrinfo', hostname));
      return;
    }
    if (o.all) {
      const out = [];
      for (let i = 0; i < addresses.length; i++) {
        out.push({ address: addresses[i], family: isIP(addresses[i]) });
      }
      callback(null, out);
    } else {
      callback(null, addresses[0], isIP(addresses[0]));
    }
  });
  return req;
}
ObjectDefineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return require('dns/promises').lookup; },
});

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  binding().getnameinfo(address, port, (status, hostname, service) => {
    if (status !== 0) callback(dnsException(status, 'getnameinfo', address));
    else callback(null, hostname, service);
  });
  return {};
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultResultOrder = order;
}

function getDefaultResultOrder() {
  return defaultResultOrder;
}

let resolverModule;
function lazyResolver() {
  return resolverModule ??= require('internal/dns/resolver');
}

// dns.resolve4(...) & co.: the default resolver's methods (shared with dns/promises' servers)
function bindDefault(name) {
  const fn = function(...args) {
    const r = lazyResolver();
    return r.Resolver.prototype[name].apply(r.getDefaultResolver(), args);
  };
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name });
  return fn;
}

const resolvers = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa',
  'resolveTxt', 'reverse', 'setServers', 'getServers'];

module.exports = {
  lookup,
  lookupService,
  setDefaultResultOrder,
  getDefaultResultOrder,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};
for (const name of resolvers) module.exports[name] = bindDefault(name);
ObjectDefineProperty(module.exports, 'Resolver', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return lazyResolver().Resolver; },
});
ObjectDefineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('dns/promises'); },
});
