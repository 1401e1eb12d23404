'use strict';
// resolveNs, resolveCname and resolvePtr give plain names.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({
  'zone.test': { NS: ['ns1.zone.test', 'ns2.zone.test'] },
  'alias.zone.test': { CNAME: 'target.zone.test' },
  'target.zone.test': { A: ['10.0.0.1'] },
  'ptr.zone.test': { PTR: ['host.zone.test'] },
}, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  r.resolveNs('zone.test', common.mustSucceed((ns) => {
    assert.deepStrictEqual(ns, ['ns1.zone.test', 'ns2.zone.test']);
    r.resolveCname('alias.zone.test', common.mustSucceed((cname) => {
      assert.deepStrictEqual(cname, ['target.zone.test']);
      r.resolvePtr('ptr.zone.test', common.mustSucceed((ptr) => {
        assert.deepStrictEqual(ptr, ['host.zone.test']);
        r.resolve('zone.test', 'NS', common.mustSucceed((again) => {
          assert.deepStrictEqual(again, ns);
          server.close();
        }));
      }));
    }));
  }));
}));
