'use strict';
// reverse(): PTR names under in-addr.arpa / ip6.arpa; errors name getHostByAddr and the IP.
const common = require('../../common');
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('../../fixtures/dns/server');

const v6name = '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa';
startServer({
  '4.3.2.1.in-addr.arpa': { PTR: ['one.test', 'two.test'] },
  [v6name]: { PTR: ['six.test'] },
}, common.mustCall((server) => {
  const r = new dns.Resolver({ timeout: 10000, tries: 1 });
  r.setServers([server.address]);
  assert.throws(() => r.reverse('not-an-ip', common.mustNotCall()), {
    code: 'EINVAL', syscall: 'getHostByAddr', hostname: 'not-an-ip', message: 'getHostByAddr EINVAL not-an-ip',
  });
  r.reverse('1.2.3.4', common.mustSucceed((names) => {
    assert.deepStrictEqual(names, ['one.test', 'two.test']);
    r.reverse('2001:db8::1', common.mustSucceed((six) => {
      assert.deepStrictEqual(six, ['six.test']);
      r.reverse('9.9.9.9', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ENOTFOUND');
        assert.strictEqual(err.syscall, 'getHostByAddr');
        assert.strictEqual(err.hostname, '9.9.9.9');
        assert.strictEqual(err.message, 'getHostByAddr ENOTFOUND 9.9.9.9');
        assert.deepStrictEqual(server.queries.map((q) => q[0]), ['4.3.2.1.in-addr.arpa', v6name, '9.9.9.9.in-addr.arpa']);
        server.close();
      }));
    }));
  }));
}));
