'use strict';
// TTL, multicast TTL/loopback and broadcast on a bound socket: return values and the
// kernel's range errors.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(s.setTTL(64), 64);
  assert.strictEqual(s.setTTL(1), 1);
  assert.throws(() => s.setTTL(0), { code: 'EINVAL', syscall: 'setTTL', message: 'setTTL EINVAL' });
  assert.throws(() => s.setTTL(256), { code: 'EINVAL', syscall: 'setTTL' });
  assert.throws(() => s.setTTL('1'), { code: 'ERR_INVALID_ARG_TYPE', message: /The "ttl" argument must be of type number/ });
  assert.strictEqual(s.setMulticastTTL(0), 0);
  assert.strictEqual(s.setMulticastTTL(255), 255);
  assert.throws(() => s.setMulticastTTL(256), { code: 'EINVAL', syscall: 'setMulticastTTL' });
  assert.throws(() => s.setMulticastTTL(null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(s.setMulticastLoopback(0), 0);
  assert.strictEqual(s.setMulticastLoopback(true), true);
  assert.strictEqual(s.setBroadcast(true), undefined);
  assert.strictEqual(s.setBroadcast(false), undefined);
  assert.strictEqual(s.setMulticastInterface('127.0.0.1'), undefined);
  assert.throws(() => s.setMulticastInterface('1.2.3.4'), { code: 'EADDRNOTAVAIL', syscall: 'setMulticastInterface' });
  assert.throws(() => s.setMulticastInterface(1), { code: 'ERR_INVALID_ARG_TYPE' });
  s.close();
}));
