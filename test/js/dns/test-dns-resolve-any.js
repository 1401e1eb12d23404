'use strict';
// resolveAny: every record with its type, grouped by type in Node's order; ttl only on A/AAAA.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({
  'any.test': {
    A: ['1.2.3.4'], AAAA: ['::1'], MX: [{ priority: 5, exchange: 'mx.any.test' }], NS: ['ns.any.test'],
    TXT: [['hello']], SOA: { nsname: 'ns.any.test', hostmaster: 'h.any.test', serial: 1, refresh: 2, retry: 3,
      expire: 4, minttl: 5 },
    CAA: [{ critical: 0, tag: 'issue', value: 'ca.example' }],
  },
}, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  r.resolveAny('any.test', common.mustSucceed((all) => {
    assert.deepStrictEqual(all, [
      { address: '1.2.3.4', ttl: 300, type: 'A' },
      { address: '::1', ttl: 300, type: 'AAAA' },
      { exchange: 'mx.any.test', priority: 5, type: 'MX' },
      { value: 'ns.any.test', type: 'NS' },
      { entries: ['hello'], type: 'TXT' },
      { nsname: 'ns.any.test', hostmaster: 'h.any.test', serial: 1, refresh: 2, retry: 3, expire: 4, minttl: 5, type: 'SOA' },
      { critical: 0, type: 'CAA', issue: 'ca.example' },
    ]);
    assert.deepStrictEqual(server.queries, [['any.test', 'ANY']]);
    server.close();
  }));
}));
