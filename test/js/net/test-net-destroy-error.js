'use strict';
// destroy(err): 'error' with that error, then 'close' with hadError true; destroy() without one
// closes cleanly; the peer sees the end.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((s) => {
  s.resume();
  s.on('end', common.mustCall());
  s.on('close', common.mustCall(() => {
    if (++closed === 2) server.close();
  }));
}, 2));
let closed = 0;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const events = [];
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    c.destroy(new Error('boom'));
    assert.strictEqual(c.destroyed, true);
  }));
  c.on('error', common.mustCall((err) => events.push(`error ${err.message}`)));
  c.on('close', common.mustCall((hadError) => {
    events.push(`close ${hadError}`);
    assert.deepStrictEqual(events, ['error boom', 'close true']);
    const d = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => d.destroy()));
    d.on('error', common.mustNotCall());
    d.on('close', common.mustCall((hadError2) => assert.strictEqual(hadError2, false)));
  }));
}));
