'use strict';
// Symbol.asyncDispose closes the socket (once; a closed socket disposes to nothing).
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
s.on('close', common.mustCall());
s.bind(0, '127.0.0.1', common.mustCall(async () => {
  await s[Symbol.asyncDispose]();
  assert.throws(() => s.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
  await s[Symbol.asyncDispose]();
}));
