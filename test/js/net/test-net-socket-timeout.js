'use strict';
// setTimeout: 'timeout' fires on idleness without closing; the callback form adds a once
// listener; setTimeout(0) disables it; activity postpones it.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const unused = new net.Socket();
assert.throws(() => unused.setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => unused.setTimeout(10, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(c.timeout, undefined);
  assert.strictEqual(c.setTimeout(50, common.mustCall(() => {
    assert.strictEqual(c.destroyed, false);
    assert.strictEqual(c.timeout, 50);
    c.setTimeout(0);
    assert.strictEqual(c.timeout, 0);
    setTimeout(common.mustCall(() => {
      c.destroy();
      server.close();
    }), 150);
  })), c);
  c.on('timeout', common.mustCall());
}));
