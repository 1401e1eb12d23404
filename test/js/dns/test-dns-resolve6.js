'use strict';
// resolve6: IPv6 addresses in their compressed text form, with and without ttl.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

startServer({
  'six.test': { AAAA: ['2001:db8::1', { address: '2001:db8:0:0:1:0:0:1', ttl: 7 }, '::ffff:102:304', 'fe80::'] },
}, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  r.resolve6('six.test', common.mustSucceed((addrs) => {
    assert.deepStrictEqual(addrs, ['2001:db8::1', '2001:db8::1:0:0:1', '::ffff:1.2.3.4', 'fe80::']);
    // resolve() has no options argument
    assert.throws(() => r.resolve('six.test', 'AAAA', { ttl: true }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
    r.resolve('six.test', 'AAAA', common.mustSucceed((list) => {
      assert.strictEqual(list.length, 4);
      r.resolve6('six.test', { ttl: true }, common.mustSucceed((withTtl) => {
        assert.deepStrictEqual(withTtl[1], { address: '2001:db8::1:0:0:1', ttl: 7 });
        server.close();
      }));
    }));
  }));
}));
