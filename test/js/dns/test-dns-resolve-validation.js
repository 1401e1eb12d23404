'use strict';
// Argument checks of the resolve* family and resolve's rrtype.
require('../../common');
const assert = require('assert');
const dns = require('dns');

const r = new dns.Resolver();
assert.throws(() => r.resolve4(5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be of type string. Received type number (5)',
});
assert.throws(() => r.resolve4('a.test'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => r.resolve('a.test', 'BOGUS', () => {}), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'rrtype' is invalid. Received 'BOGUS'",
});
assert.throws(() => r.resolve('a.test', 5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "rrtype" argument must be of type string. Received type number (5)',
});
assert.throws(() => dns.resolveMx(null, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
for (const m of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa', 'resolveTxt', 'reverse']) {
  assert.strictEqual(typeof dns[m], 'function', m);
  assert.strictEqual(typeof dns.promises[m], 'function', m);
  assert.strictEqual(typeof dns.Resolver.prototype[m], 'function', m);
}
for (const m of ['cancel', 'getServers', 'setServers', 'setLocalAddress']) {
  assert.strictEqual(typeof dns.Resolver.prototype[m], 'function', m);
}
