'use strict';
// The defaults and their setters; with autoSelectFamily off (or a family given) the lookup is
// asked for one address.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
net.setDefaultAutoSelectFamilyAttemptTimeout(250);
assert.throws(() => net.setDefaultAutoSelectFamily(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => net.connect({ port: 1, host: 'x.test', autoSelectFamily: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE', message: /"options.autoSelectFamily" property must be of type boolean/,
});

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const seen = [];
  const lookup = (host, opts, cb) => {
    seen.push(opts);
    process.nextTick(cb, null, '127.0.0.1', 4);
  };
  net.setDefaultAutoSelectFamily(false);
  const a = net.connect({ host: 'a.test', port, lookup }, common.mustCall(() => {
    net.setDefaultAutoSelectFamily(true);
    assert.strictEqual(a.autoSelectFamilyAttemptedAddresses, undefined);
    a.destroy();
    const b = net.connect({ host: 'b.test', port, lookup, family: 4 }, common.mustCall(() => {
      b.destroy();
      assert.deepStrictEqual(seen, [{ family: undefined, hints: 32 }, { family: 4, hints: 0 }]);
      server.close();
    }));
  }));
}));
