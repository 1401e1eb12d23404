'use strict';
// dns/promises: lookup and lookupService as promises; the resolver functions are not here yet.

const { Promise } = primordials;
const { codes: { ERR_NODE4J_UNSUPPORTED } } = require('internal/errors');
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

const out = {
  lookup,
  lookupService,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  getDefaultResultOrder: dns.getDefaultResultOrder,
};
for (const name of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa', 'resolveTxt', 'reverse',
  'setServers', 'getServers']) {
  out[name] = function() { throw new ERR_NODE4J_UNSUPPORTED(`dnsPromises.${name}`); };
}
out.Resolver = function Resolver() { throw new ERR_NODE4J_UNSUPPORTED('dnsPromises.Resolver'); };
module.exports = out;
