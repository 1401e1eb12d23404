'use strict';
// BlockList.isBlockList, toJSON/fromJSON round trips (unknown lines skipped) and inspect.
require('../../common');
const assert = require('assert');
const net = require('net');
const util = require('util');

const b = new net.BlockList();
b.addAddress('1.1.1.1');
b.addRange('2.2.2.2', '2.2.2.3');
b.addAddress('3.3.3.3');
b.addSubnet('4.4.0.0', 16);
assert.deepStrictEqual(b.toJSON(), b.rules);
assert.strictEqual(JSON.stringify(b), JSON.stringify(b.rules));
const c = new net.BlockList();
c.fromJSON(b.toJSON());
assert.deepStrictEqual(c.rules, [
  'Address: IPv4 1.1.1.1', 'Address: IPv4 3.3.3.3', 'Subnet: IPv4 4.4.0.0/16',
  'Range: IPv4 2.2.2.2-2.2.2.3',
]);
assert.strictEqual(c.check('4.4.200.1'), true);
assert.strictEqual(c.check('3.3.3.3'), true);
const d = new net.BlockList();
d.fromJSON(JSON.stringify(['bogus', 'Address: IPv4 9.9.9.9']));
assert.deepStrictEqual(d.rules, ['Address: IPv4 9.9.9.9']);
assert.strictEqual(net.BlockList.isBlockList(b), true);
assert.strictEqual(net.BlockList.isBlockList({ rules: [] }), false);
assert.strictEqual(net.BlockList.isBlockList(null), false);
assert.strictEqual(util.inspect(d), "BlockList { rules: [ 'Address: IPv4 9.9.9.9' ] }");
