'use strict';
// An AbortSignal closes the socket when it aborts; an aborted one closes it at once.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const ac = new AbortController();
const s = dgram.createSocket({ type: 'udp4', signal: ac.signal });
s.on('close', common.mustCall());
s.bind(0, '127.0.0.1', common.mustCall(() => {
  ac.abort();
  assert.throws(() => s.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
}));

const t = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
t.on('close', common.mustCall());
assert.throws(() => t.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
