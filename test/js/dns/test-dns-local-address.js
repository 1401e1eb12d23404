'use strict';
// setLocalAddress: argument checks, and queries still work from the chosen address.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

const r = new dns.Resolver({ timeout: 10000, tries: 1 });
assert.throws(() => r.setLocalAddress(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "ipv4" argument must be of type string. Received type number (5)',
});
assert.throws(() => r.setLocalAddress('x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid IP address.' });
assert.throws(() => r.setLocalAddress('1.2.3.4', '1.2.3.4'), {
  code: 'ERR_INVALID_ARG_VALUE', message: 'Cannot specify two IPv4 addresses.',
});
assert.throws(() => r.setLocalAddress('::1', '::2'), { message: 'Cannot specify two IPv6 addresses.' });
assert.throws(() => r.setLocalAddress('1.2.3.4', 6), { code: 'ERR_INVALID_ARG_TYPE' });
r.setLocalAddress('::1');
r.setLocalAddress('127.0.0.1', '::1');
startServer({ 'local.test': { A: ['7.7.7.7'] } }, common.mustCall((server) => {
  r.setServers([server.address]);
  r.resolve4('local.test', common.mustSucceed((a) => {
    assert.deepStrictEqual(a, ['7.7.7.7']);
    server.close();
  }));
}));
