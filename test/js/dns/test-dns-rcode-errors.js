'use strict';
// Answers with an error code become Node's c-ares errors: code, no errno, syscall, hostname.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

const cases = [
  ['nx.test', 'ENOTFOUND'], ['servfail.test', 'ESERVFAIL'], ['refused.test', 'EREFUSED'],
  ['formerr.test', 'EFORMERR'], ['notimp.test', 'ENOTIMP'],
];
startServer({
  'servfail.test': { rcode: 2 }, 'refused.test': { rcode: 5 }, 'formerr.test': { rcode: 1 }, 'notimp.test': { rcode: 4 },
}, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  let left = cases.length;
  for (const [name, code] of cases) {
    r.resolveTxt(name, common.mustCall((err, result) => {
      assert.strictEqual(result, undefined);
      assert.ok(err instanceof Error);
      assert.strictEqual(err.code, code);
      assert.strictEqual(err.errno, undefined);
      assert.strictEqual(err.syscall, 'queryTxt');
      assert.strictEqual(err.hostname, name);
      assert.strictEqual(err.message, `queryTxt ${code} ${name}`);
      assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
      assert.strictEqual(dns[code.slice(1)], code);
      if (--left === 0) server.close();
    }));
  }
}));
