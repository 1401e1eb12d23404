'use strict';
// setServers/getServers: the accepted forms, duplicates dropped, default port left out.
require('../../common');
const assert = require('assert');
const dns = require('dns');

const r = new dns.Resolver();
r.setServers(['1.2.3.4', '[::1]:53', '::1', '1.2.3.4:53', '[fe80::1]', '5.6.7.8:5353', '[::1]:5353',
  '::ffff:1.2.3.4']);
assert.deepStrictEqual(r.getServers(), ['1.2.3.4', '::1', 'fe80::1', '5.6.7.8:5353', '[::1]:5353', '::ffff:1.2.3.4']);
r.setServers([]);
assert.deepStrictEqual(r.getServers(), []);
assert.throws(() => r.setServers('1.2.3.4'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "servers" argument must be an instance of Array. Received type string (\'1.2.3.4\')',
});
assert.throws(() => r.setServers([5]), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "servers[0]" argument must be of type string. Received type number (5)',
});
assert.throws(() => r.setServers(['1.2.3.4', 'foo']), { code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: foo' });
assert.throws(() => r.setServers(['1.2.3.4:99999']), {
  name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be >= 0 and < 65536. Received type number (99999).',
});
// a failed call leaves the servers as they were
assert.deepStrictEqual(r.getServers(), []);
// the module's resolver is separate from new ones
const before = dns.getServers();
assert.ok(Array.isArray(before));
r.setServers(['9.9.9.9']);
assert.deepStrictEqual(dns.getServers(), before);
