'use strict';
// setServers while a query is in flight fails as c-ares does.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({ 'hang.test': { drop: true } }, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 60000, tries: 1 });
  r.setServers([server.address]);
  r.resolve4('hang.test', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECANCELLED');
    r.setServers(['127.0.0.1']);
    assert.deepStrictEqual(r.getServers(), ['127.0.0.1']);
    server.close();
  }));
  assert.throws(() => r.setServers(['1.1.1.1']), {
    code: 'ERR_DNS_SET_SERVERS_FAILED',
    message: 'c-ares failed to set servers: "There are pending queries." [[ \'1.1.1.1\' ]]',
  });
  assert.deepStrictEqual(r.getServers(), [server.address]);
  r.cancel();
}));
