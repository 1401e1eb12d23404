'use strict';
// Names that cannot be sent fail with EBADNAME without a query; '.' is the root name.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({}, common.mustCall(async (server) => {
  const r = new dns.promises.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  for (const name of [`${'x'.repeat(64)}.test`, `${'abc.'.repeat(70)}test`, 'a..b']) {
    await assert.rejects(r.resolve4(name), {
      code: 'EBADNAME', syscall: 'queryA', hostname: name, message: `queryA EBADNAME ${name}`,
    });
  }
  assert.strictEqual(dns.BADNAME, 'EBADNAME');
  assert.deepStrictEqual(server.queries, []);
  // a trailing dot is fine
  await assert.rejects(r.resolveTxt('absent.test.'), { code: 'ENOTFOUND', hostname: 'absent.test.' });
  await assert.rejects(r.resolve4('.'), { code: 'ENOTFOUND', hostname: '.' });
  assert.deepStrictEqual(server.queries, [['absent.test', 'TXT'], ['', 'A']]);
  server.close();
}));
