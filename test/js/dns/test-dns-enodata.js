'use strict';
// A name that exists without records of the type asked: ENODATA (the other types still answer).
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({ 'only-a.test': { A: ['10.1.1.1'] } }, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  r.resolve6('only-a.test', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENODATA');
    assert.strictEqual(err.syscall, 'queryAaaa');
    assert.strictEqual(err.message, 'queryAaaa ENODATA only-a.test');
    r.resolveMx('only-a.test', common.mustCall((err) => {
      assert.strictEqual(err.code, dns.NODATA);
      assert.strictEqual(err.syscall, 'queryMx');
      r.resolve4('only-a.test', common.mustSucceed((a) => {
        assert.deepStrictEqual(a, ['10.1.1.1']);
        server.close();
      }));
    }));
  }));
}));
