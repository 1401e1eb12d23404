'use strict';
// dns.promises.Resolver: the same answers and errors as promises.
const common = require('../../common');
const assert = require('assert');
const { Resolver } = require('dns').promises;
const { startServer } = require('../../fixtures/dns/server');

startServer({
  'p.test': { A: ['1.2.3.4'], MX: [{ priority: 1, exchange: 'mx.p.test' }], TXT: [['t']] },
  '4.3.2.1.in-addr.arpa': { PTR: ['p.test'] },
}, common.mustCall(async (server) => {
  const r = new Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  assert.deepStrictEqual(await r.resolve4('p.test'), ['1.2.3.4']);
  assert.deepStrictEqual(await r.resolve4('p.test', { ttl: true }), [{ address: '1.2.3.4', ttl: 300 }]);
  assert.deepStrictEqual(await r.resolve('p.test'), ['1.2.3.4']);
  assert.deepStrictEqual(await r.resolve('p.test', 'MX'), [{ exchange: 'mx.p.test', priority: 1, type: 'MX' }]);
  assert.deepStrictEqual(await r.resolveTxt('p.test'), [['t']]);
  assert.deepStrictEqual(await r.reverse('1.2.3.4'), ['p.test']);
  await assert.rejects(r.resolve4('missing.test'), {
    code: 'ENOTFOUND', syscall: 'queryA', hostname: 'missing.test', message: 'queryA ENOTFOUND missing.test',
  });
  await assert.rejects(r.resolveSrv('p.test'), { code: 'ENODATA', syscall: 'querySrv' });
  assert.throws(() => r.resolve('p.test', 'BOGUS'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => r.resolve4(1), { code: 'ERR_INVALID_ARG_TYPE' });
  server.close();
}));
