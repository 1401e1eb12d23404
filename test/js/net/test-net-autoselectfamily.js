'use strict';
// autoSelectFamily (happy eyeballs): the lookup is asked for all addresses, families are
// interleaved and duplicates dropped, each attempt is announced, a refused one gives way to
// the next, and the attempted addresses are recorded.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((s) => s.end()));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const lookup = common.mustCall((host, opts, cb) => {
    assert.strictEqual(host, 'dual.test');
    assert.deepStrictEqual(opts, { family: undefined, hints: 32, all: true });
    process.nextTick(cb, null, [{ address: '::1', family: 6 }, { address: '::1', family: 6 },
      { address: '127.0.0.1', family: 4 }]);
  });
  const events = [];
  const c = net.connect({ host: 'dual.test', port, lookup });
  c.on('lookup', (err, address, family, host) => events.push(['lookup', err, address, family, host]));
  c.on('connectionAttempt', (address, p, family) => events.push(['attempt', address, p, family]));
  c.on('connectionAttemptFailed', (address, p, family, err) => events.push(['failed', address, family, err.code, err.syscall]));
  c.on('connectionAttemptTimeout', common.mustNotCall());
  c.on('connect', common.mustCall(() => {
    assert.deepStrictEqual(events, [
      ['lookup', null, '::1', 6, 'dual.test'], ['lookup', null, '::1', 6, 'dual.test'],
      ['lookup', null, '127.0.0.1', 4, 'dual.test'],
      ['attempt', '::1', port, 6], ['failed', '::1', 6, 'ECONNREFUSED', 'connect'],
      ['attempt', '127.0.0.1', port, 4],
    ]);
    assert.deepStrictEqual(c.autoSelectFamilyAttemptedAddresses, [`::1:${port}`, `127.0.0.1:${port}`]);
    assert.strictEqual(c.remoteAddress, '127.0.0.1');
  }));
  c.resume();
  c.on('close', common.mustCall(() => server.close()));
}));
