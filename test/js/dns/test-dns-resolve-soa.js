'use strict';
// resolveSoa: one object with the seven SOA fields (and Node 24's `type: undefined`); the
// numbers are signed 32-bit, as Node's binding reports them.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

const soa = { nsname: 'ns1.soa.test', hostmaster: 'hostmaster.soa.test', serial: 2026112301, refresh: 3600,
  retry: 600, expire: 4294967295, minttl: 300 };
startServer({ 'soa.test': { SOA: soa } }, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  r.resolveSoa('soa.test', common.mustSucceed((got) => {
    assert.deepStrictEqual(got, { ...soa, expire: -1, type: undefined });
    assert.deepStrictEqual(Object.keys(got),
      ['nsname', 'hostmaster', 'serial', 'refresh', 'retry', 'expire', 'minttl', 'type']);
    server.close();
  }));
}));
