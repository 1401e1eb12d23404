'use strict';
// A truncated UDP answer is asked again over TCP, as c-ares does.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({ 'big.test': { truncate: true, A: ['9.9.9.9', '8.8.8.8'] } }, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  r.resolve4('big.test', common.mustSucceed((a) => {
    assert.deepStrictEqual(a, ['9.9.9.9', '8.8.8.8']);
    assert.deepStrictEqual(server.queries, [['big.test', 'A'], ['big.test', 'A']]);
    server.close();
  }));
}));
