'use strict';
// A DNS server on [::1]:port is reached over UDP/IPv6.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({ 'v6.test': { A: ['6.6.6.6'] } }, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  assert.match(r.getServers()[0], /^\[::1\]:\d+$/);
  r.resolve4('v6.test', common.mustSucceed((a) => {
    assert.deepStrictEqual(a, ['6.6.6.6']);
    server.close();
  }));
}), { family: 6 });
