'use strict';
// resolveTlsa: { certUsage, selector, match, data: ArrayBuffer }, the same shape in resolveAny.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({
  '_443._tcp.tlsa.test': { TLSA: [{ certUsage: 3, selector: 1, match: 1, data: [1, 2, 3, 255] }] },
}, common.mustCall(async (server) => {
  const r = new dns.promises.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  for (const list of [await r.resolveTlsa('_443._tcp.tlsa.test'), await r.resolveAny('_443._tcp.tlsa.test')]) {
    assert.strictEqual(list.length, 1);
    const [rec] = list;
    assert.deepStrictEqual(Object.keys(rec), ['certUsage', 'selector', 'match', 'data']);
    assert.strictEqual(rec.certUsage, 3);
    assert.strictEqual(rec.selector, 1);
    assert.strictEqual(rec.match, 1);
    assert.ok(rec.data instanceof ArrayBuffer);
    assert.deepStrictEqual([...new Uint8Array(rec.data)], [1, 2, 3, 255]);
  }
  server.close();
}));
