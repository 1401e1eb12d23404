'use strict';
// A bound socket keeps the process alive; unref() lets it exit with the socket still open,
// and ref() after unref() holds it again until close.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const idle = dgram.createSocket('udp4');
idle.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(idle.unref(), idle);
}));

const held = dgram.createSocket('udp4');
held.unref();
held.ref();
held.bind(0, '127.0.0.1', common.mustCall(() => {
  setTimeout(common.mustCall(() => held.close()), 20);
}));
process.on('exit', () => assert.throws(() => held.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' }));
