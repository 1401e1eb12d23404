'use strict';
// A server that never answers: ETIMEOUT after `tries` attempts (the server sees each).
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({ 'silent.test': { drop: true } }, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 100, tries: 3 });
  r.setServers([server.address]);
  r.resolve4('silent.test', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ETIMEOUT');
    assert.strictEqual(err.code, dns.TIMEOUT);
    assert.strictEqual(err.syscall, 'queryA');
    assert.strictEqual(err.hostname, 'silent.test');
    assert.strictEqual(err.message, 'queryA ETIMEOUT silent.test');
    assert.deepStrictEqual(server.queries, [['silent.test', 'A'], ['silent.test', 'A'], ['silent.test', 'A']]);
    server.close();
  }));
}));
