'use strict';
// cancel(): every pending query of the resolver fails with ECANCELLED; other resolvers go on.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({ 'slow.test': { drop: true }, 'ok.test': { A: ['1.1.1.1'] } }, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 60000, tries: 1 });
  r.setServers([server.address]);
  const other = new dns.Resolver({ timeout: 10000, tries: 1 });
  other.setServers([server.address]);
  let cancelled = 0;
  for (const m of ['resolve4', 'resolveTxt']) {
    r[m]('slow.test', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECANCELLED');
      assert.strictEqual(err.code, dns.CANCELLED);
      assert.strictEqual(err.hostname, 'slow.test');
      assert.match(err.message, /^query(A|Txt) ECANCELLED slow\.test$/);
      if (++cancelled === 2) {
        other.resolve4('ok.test', common.mustSucceed((a) => {
          assert.deepStrictEqual(a, ['1.1.1.1']);
          server.close();
        }));
      }
    }));
  }
  r.cancel();
}));
