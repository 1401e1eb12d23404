'use strict';
// net.isIP / isIPv4 / isIPv6 over a table of valid and invalid forms.
require('../../common');
const assert = require('assert');
const net = require('net');

const v4 = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '1.2.3.4', '10.0.0.255'];
const v6 = ['::', '::1', '::ffff:127.0.0.1', 'fe80::1', 'fe80::1%eth0', '2001:db8::ff00:42:8329',
  '1:2:3:4:5:6:7:8', '1::', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:1.2.3.4',
  '2001:DB8:0:0:8:800:200C:417A', '::ffff:1.2.3.4'];
const neither = ['', ' ', 'x', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.04', ':::',
  '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'g::1', '::1 ', ' ::1', '1.2.3.4 ', 'localhost',
  '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '::1.2.3', '::ffff:256.1.1.1', '%eth0', '::1%',
  '1:2:3:4:5:6:7:1.2.3.4', undefined, null, 1234, {}];

for (const a of v4) {
  assert.strictEqual(net.isIP(a), 4, a);
  assert.strictEqual(net.isIPv4(a), true, a);
  assert.strictEqual(net.isIPv6(a), false, a);
}
for (const a of v6) {
  assert.strictEqual(net.isIP(a), 6, a);
  assert.strictEqual(net.isIPv6(a), true, a);
  assert.strictEqual(net.isIPv4(a), false, a);
}
for (const a of neither) {
  assert.strictEqual(net.isIP(a), 0, String(a));
  assert.strictEqual(net.isIPv4(a), false, String(a));
  assert.strictEqual(net.isIPv6(a), false, String(a));
}
