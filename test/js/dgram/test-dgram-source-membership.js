'use strict';
// Source-specific multicast membership: argument checks, join and leave.
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket('udp4');
assert.throws(() => s.addSourceSpecificMembership(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: /The "sourceAddress" argument must be of type string/,
});
assert.throws(() => s.addSourceSpecificMembership('10.0.0.1', 6), {
  code: 'ERR_INVALID_ARG_TYPE', message: /The "groupAddress" argument must be of type string/,
});
assert.throws(() => s.dropSourceSpecificMembership(null, '232.1.1.1'), { code: 'ERR_INVALID_ARG_TYPE' });
s.bind(0, common.mustCall(() => {
  assert.throws(() => s.addSourceSpecificMembership('10.0.0.1', 'bogus'), { code: 'EINVAL', syscall: 'addSourceSpecificMembership' });
  s.addSourceSpecificMembership('10.0.0.1', '232.1.1.1');
  s.dropSourceSpecificMembership('10.0.0.1', '232.1.1.1');
  s.close();
}));
