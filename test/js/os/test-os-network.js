'use strict';
require('../../common');
const assert = require('assert');
const os = require('os');

const nets = os.networkInterfaces();
assert.strictEqual(Object.getPrototypeOf(nets), Object.prototype);
assert.ok(Array.isArray(nets.lo));
const v4 = nets.lo.find((e) => e.family === 'IPv4');
assert.deepStrictEqual(v4, { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4',
  mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' });
for (const [name, list] of Object.entries(nets)) {
  for (const e of list) {
    assert.ok(e.family === 'IPv4' || e.family === 'IPv6', name);
    assert.match(e.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof e.internal, 'boolean');
    assert.ok(e.cidr.startsWith(e.address + '/'));
    if (e.family === 'IPv6') {
      assert.deepStrictEqual(Object.keys(e), ['address', 'netmask', 'family', 'mac', 'internal', 'cidr', 'scopeid']);
      assert.ok(Number.isInteger(e.scopeid));
      if (!e.address.startsWith('fe80:')) assert.strictEqual(e.scopeid, 0);
    } else {
      assert.deepStrictEqual(Object.keys(e), ['address', 'netmask', 'family', 'mac', 'internal', 'cidr']);
    }
  }
}
const v6 = nets.lo.find((e) => e.family === 'IPv6');
if (v6) {
  assert.deepStrictEqual(v6, { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6',
    mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 });
}
