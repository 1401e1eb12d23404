'use strict';
// resolveSrv: { name, port, priority, weight, type: 'SRV' }.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({
  '_sip._udp.srv.test': { SRV: [{ priority: 1, weight: 5, port: 5060, name: 'sip.srv.test' },
    { priority: 2, weight: 0, port: 5061, name: 'sip2.srv.test' }] },
}, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  r.resolveSrv('_sip._udp.srv.test', common.mustSucceed((srv) => {
    assert.deepStrictEqual(srv, [
      { name: 'sip.srv.test', port: 5060, priority: 1, weight: 5, type: 'SRV' },
      { name: 'sip2.srv.test', port: 5061, priority: 2, weight: 0, type: 'SRV' },
    ]);
    assert.deepStrictEqual(Object.keys(srv[0]), ['name', 'port', 'priority', 'weight', 'type']);
    server.close();
  }));
}));
