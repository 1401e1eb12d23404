'use strict';
// close(): the callback and one 'close' on a later tick; a closed socket refuses everything.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', common.mustCall(() => {
  let closedSync = true;
  s.on('close', common.mustCall(() => assert.strictEqual(closedSync, false)));
  assert.strictEqual(s.close(common.mustCall()), s);
  closedSync = false;
  for (const fn of [() => s.close(), () => s.address(), () => s.bind(0), () => s.send('x', 1234),
    () => s.setMulticastInterface('127.0.0.1'), () => s.addMembership('224.0.0.114')]) {
    assert.throws(fn, { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
  }
  assert.strictEqual(s.ref(), s);
  assert.strictEqual(s.unref(), s);
}));

// Closing while the implicit bind of a send is pending: the close waits for it.
const t = dgram.createSocket('udp4');
t.send('x', 9, '127.0.0.1');
t.close(common.mustCall());
t.on('listening', common.mustCall());
