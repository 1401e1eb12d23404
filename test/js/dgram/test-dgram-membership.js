'use strict';
// Multicast group membership: join and leave on a bound socket, and the kernel's errors.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
assert.throws(() => s.addMembership(), { code: 'ERR_MISSING_ARGS', message: 'The "multicastAddress" argument must be specified' });
assert.throws(() => s.dropMembership(), { code: 'ERR_MISSING_ARGS' });
s.bind(0, common.mustCall(() => {
  assert.throws(() => s.addMembership('1.2.3.4'), { code: 'EINVAL', syscall: 'addMembership', message: 'addMembership EINVAL' });
  assert.throws(() => s.addMembership('224.0.0.114', '1.2.3.4'), { code: 'ENODEV', syscall: 'addMembership' });
  assert.throws(() => s.addMembership('not an address'), { code: 'EINVAL', syscall: 'addMembership' });
  assert.throws(() => s.dropMembership('224.0.0.114'), { code: 'EADDRNOTAVAIL', syscall: 'dropMembership' });
  s.addMembership('224.0.0.114');
  s.dropMembership('224.0.0.114');
  s.close();
}));
