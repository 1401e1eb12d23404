'use strict';
// dns.lookup through the system resolver, IP literals answered without it, options checked
// as Node checks them; lookupService's argument checks; the default result order.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');

dns.lookup('localhost', common.mustSucceed((address, family) => {
  assert.ok(address === '127.0.0.1' || address === '::1', address);
  assert.strictEqual(family, address === '::1' ? 6 : 4);
}));
dns.lookup('localhost', { all: true, family: 4 }, common.mustSucceed((list) => {
  assert.ok(Array.isArray(list) && list.length >= 1);
  for (const e of list) assert.strictEqual(e.family, 4);
  assert.ok(list.some((e) => e.address === '127.0.0.1'));
}));
dns.lookup('127.0.0.1', common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('::1', { all: true }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list, [{ address: '::1', family: 6 }]);
}));
dns.lookup('', common.mustSucceed((address, family) => {
  assert.strictEqual(address, null);
  assert.strictEqual(family, 4);
}));
dns.lookup('no-such-host.invalid', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'no-such-host.invalid');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND no-such-host.invalid');
}));
dns.promises.lookup('127.0.0.1').then(common.mustCall((r) => {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
}));

assert.throws(() => dns.lookup(1, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('x', { family: 5 }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('x', { all: 1 }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('x', { hints: -1 }, common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('x', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookup('x', 'y', common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });

assert.throws(() => dns.lookupService('127.0.0.1', 80), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => dns.lookupService('nope', 80, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'address' is invalid. Received 'nope'",
});
assert.throws(() => dns.lookupService('127.0.0.1', 65536, common.mustNotCall()), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => dns.lookupService('127.0.0.1', 80, 'cb'), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
assert.throws(() => dns.setDefaultResultOrder('nope'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received 'nope'",
});
dns.setDefaultResultOrder('ipv4first');
assert.strictEqual(dns.getDefaultResultOrder(), 'ipv4first');
dns.setDefaultResultOrder('verbatim');
assert.strictEqual(dns.NOTFOUND, 'ENOTFOUND');
assert.strictEqual(dns.ADDRCONFIG, 32);
assert.strictEqual(dns.V4MAPPED, 8);
assert.strictEqual(dns.ALL, 16);
