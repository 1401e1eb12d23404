'use strict';
// server.ref()/unref() return the server, work before listen(), and an unref'd server lets the
// process exit while a ref'd timer ends it explicitly.
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const early = net.createServer();
assert.strictEqual(early.unref(), early);
early.listen(0, '127.0.0.1', common.mustCall(() => {
  // nothing else keeps the process alive: the test ends here with `early` still listening
  assert.strictEqual(early.listening, true);
}));

const held = net.createServer();
held.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(held.unref(), held);
  assert.strictEqual(held.ref(), held);
  setTimeout(common.mustCall(() => held.close(common.mustCall())), 20);
}));
