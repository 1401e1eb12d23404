'use strict';
// resolveMx: { exchange, priority, type: 'MX' } in answer order (Node 24 keeps the type).
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({
  'mail.test': { MX: [{ priority: 20, exchange: 'backup.mail.test' }, { priority: 10, exchange: 'mx.mail.test' }] },
}, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  r.resolveMx('mail.test', common.mustSucceed((mx) => {
    assert.deepStrictEqual(mx, [
      { exchange: 'backup.mail.test', priority: 20, type: 'MX' },
      { exchange: 'mx.mail.test', priority: 10, type: 'MX' },
    ]);
    assert.deepStrictEqual(Object.keys(mx[0]), ['exchange', 'priority', 'type']);
    r.resolve('mail.test', 'MX', common.mustSucceed((same) => {
      assert.deepStrictEqual(same, mx);
      server.close();
    }));
  }));
}));
