'use strict';
// BlockList: addresses, ranges and subnets of both families; IPv4 rules match IPv4-mapped IPv6
// and back; `rules` lists addresses, subnets, ranges, newest first in each.
require('../../common');
const assert = require('assert');
const net = require('net');

const b = new net.BlockList();
b.addAddress('123.123.123.123');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addSubnet('192.168.0.0', 16);
b.addAddress('5.5.5.5');
assert.deepStrictEqual(b.rules, [
  'Address: IPv4 5.5.5.5',
  'Address: IPv4 123.123.123.123',
  'Subnet: IPv4 192.168.0.0/16',
  'Subnet: IPv6 8592:757c:efae:4e45::/64',
  'Range: IPv4 10.0.0.1-10.0.0.10',
]);
const table = [
  ['123.123.123.123', undefined, true], ['10.0.0.3', undefined, true], ['10.0.0.1', 'ipv4', true],
  ['10.0.0.10', undefined, true], ['10.0.0.11', undefined, false], ['222.111.111.222', undefined, false],
  ['8592:757c:efae:4e45::f', 'IPv6', true], ['8592:757c:efae:4e45:f::', 'ipv6', true],
  ['8592:757c:efae:4e46::', 'ipv6', false], ['::ffff:7b7b:7b7b', 'ipv6', true],
  ['::ffff:123.123.123.123', 'ipv6', true], ['192.168.55.3', undefined, true], ['192.169.0.1', undefined, false],
  ['not an address', undefined, false], ['1.2.3.4', 'ipv6', false],
];
for (const [address, family, expected] of table) {
  assert.strictEqual(b.check(address, family), expected, `${address} ${family}`);
}
const mapped = new net.BlockList();
mapped.addAddress('::ffff:1.2.3.4', 'ipv6');
assert.strictEqual(mapped.check('1.2.3.4'), true);
const all = new net.BlockList();
all.addSubnet('0.0.0.0', 0);
assert.strictEqual(all.check('255.255.255.255'), true);
assert.strictEqual(all.check('::1', 'ipv6'), false);
const sa = new net.SocketAddress({ address: '1.2.3.4' });
const withSa = new net.BlockList();
withSa.addAddress(sa);
assert.strictEqual(withSa.check(sa), true);
assert.strictEqual(withSa.check(new net.SocketAddress({ address: '1.2.3.5' })), false);
