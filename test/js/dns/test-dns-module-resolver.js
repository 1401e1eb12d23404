'use strict';
// dns.setServers/resolve* use one default resolver, shared with dns.promises.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({ 'mod.test': { A: ['3.3.3.3'], AAAA: ['::3'] } }, common.mustCall((server) => {
  dns.setServers([server.address]);
  assert.deepStrictEqual(dns.getServers(), [server.address]);
  assert.deepStrictEqual(dns.promises.getServers(), [server.address]);
  dns.resolve4('mod.test', common.mustSucceed(async (a) => {
    assert.deepStrictEqual(a, ['3.3.3.3']);
    assert.deepStrictEqual(await dns.promises.resolve6('mod.test'), ['::3']);
    assert.deepStrictEqual(await dns.promises.resolve('mod.test', 'A'), ['3.3.3.3']);
    dns.resolve('mod.test', 'AAAA', common.mustSucceed((six) => {
      assert.deepStrictEqual(six, ['::3']);
      server.close();
    }));
  }));
}));
