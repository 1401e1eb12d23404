'use strict';
// Several servers: one that never answers gives way to the next; an error answer (SERVFAIL)
// ends the query at the first server.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({ 'f.test': { rcode: 2 }, 'd.test': { drop: true } }, common.mustCall((bad) => {
  startServer({ 'f.test': { A: ['4.4.4.4'] }, 'd.test': { A: ['5.5.5.5'] } }, common.mustCall((good) => {
    const r = new dns.Resolver({ timeout: 500, tries: 1 });
    r.setServers([bad.address, good.address]);
    r.resolve4('f.test', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ESERVFAIL');
      r.resolve4('d.test', common.mustSucceed((b) => {
        assert.deepStrictEqual(b, ['5.5.5.5']);
        assert.deepStrictEqual(bad.queries, [['f.test', 'A'], ['d.test', 'A']]);
        bad.close();
        good.close();
      }));
    }));
  }));
}));
