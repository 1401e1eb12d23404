'use strict';
// resolve4: addresses in answer order, { ttl: true }, CNAME chains, resolve() defaults to A.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({
  'a.test': { A: ['1.2.3.4', { address: '5.6.7.8', ttl: 60 }] },
  'www.a.test': { CNAME: 'a.test' },
}, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  const req = r.resolve4('a.test', common.mustSucceed((addrs) => {
    assert.deepStrictEqual(addrs, ['1.2.3.4', '5.6.7.8']);
    r.resolve4('a.test', { ttl: true }, common.mustSucceed((withTtl) => {
      assert.deepStrictEqual(withTtl, [{ address: '1.2.3.4', ttl: 300 }, { address: '5.6.7.8', ttl: 60 }]);
      r.resolve4('www.a.test', common.mustSucceed((viaCname) => {
        assert.deepStrictEqual(viaCname, ['1.2.3.4', '5.6.7.8']);
        r.resolve('a.test', common.mustSucceed((again) => {
          assert.deepStrictEqual(again, ['1.2.3.4', '5.6.7.8']);
          r.resolve('A.TEST', 'A', common.mustSucceed((upper) => {
            assert.deepStrictEqual(upper, ['1.2.3.4', '5.6.7.8']);
            server.close();
          }));
        }));
      }));
    }));
  }));
  assert.strictEqual(typeof req, 'object');
  assert.strictEqual(req.constructor.name, 'QueryReqWrap');
}));
