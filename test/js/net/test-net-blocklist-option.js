'use strict';
// The blockList option: a server closes blocked peers unseen (no 'connection', no 'drop'); a
// client refuses to connect to a blocked address with ERR_IP_BLOCKED.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const bl = new net.BlockList();
bl.addAddress('127.0.0.1');
assert.throws(() => net.createServer({ blockList: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.blockList" property must be an net.BlockList. Received type number (5)',
});
assert.throws(() => net.connect({ port: 1, blockList: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
const server = net.createServer({ blockList: bl }, common.mustNotCall());
server.on('drop', common.mustNotCall());
assert.strictEqual(server.blockList, bl);
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const c = net.connect(port, '127.0.0.1');
  c.on('error', () => {});
  c.resume();
  c.on('close', common.mustCall(() => {
    const d = net.connect({ port, host: '127.0.0.1', blockList: bl });
    d.on('connect', common.mustNotCall());
    d.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_IP_BLOCKED');
      assert.strictEqual(err.message, 'IP(127.0.0.1) is blocked by net.BlockList');
      assert.deepStrictEqual(Object.keys(err), ['code']);
      server.close();
    }));
  }));
}));
