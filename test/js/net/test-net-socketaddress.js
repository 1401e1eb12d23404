'use strict';
// SocketAddress: defaults per family, validation, toJSON and inspect, no own keys.
require('../../common');
const assert = require('assert');
const net = require('net');
const util = require('util');

const sa = new net.SocketAddress({ address: '1.2.3.4', port: 80 });
assert.strictEqual(sa.address, '1.2.3.4');
assert.strictEqual(sa.port, 80);
assert.strictEqual(sa.family, 'ipv4');
assert.strictEqual(sa.flowlabel, 0);
assert.deepStrictEqual(Object.keys(sa), []);
assert.deepStrictEqual(sa.toJSON(), { address: '1.2.3.4', port: 80, family: 'ipv4', flowlabel: 0 });
assert.strictEqual(JSON.stringify(sa), '{"address":"1.2.3.4","port":80,"family":"ipv4","flowlabel":0}');
assert.strictEqual(util.inspect(sa), "SocketAddress { address: '1.2.3.4', port: 80, family: 'ipv4', flowlabel: 0 }");
assert.deepStrictEqual(new net.SocketAddress().toJSON(), { address: '127.0.0.1', port: 0, family: 'ipv4', flowlabel: 0 });
assert.deepStrictEqual(new net.SocketAddress({ family: 'ipv6' }).toJSON(), { address: '::', port: 0, family: 'ipv6', flowlabel: 0 });
assert.strictEqual(new net.SocketAddress({ family: 'IPv6', address: '::1', flowlabel: 5 }).flowlabel, 5);
assert.strictEqual(new net.SocketAddress({ address: '1.2.3.4', port: '80' }).port, 80);
assert.strictEqual(net.SocketAddress.isSocketAddress(sa), true);
assert.strictEqual(net.SocketAddress.isSocketAddress(sa.toJSON()), false);
assert.throws(() => new net.SocketAddress({ address: 'x' }), { code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address' });
assert.throws(() => new net.SocketAddress({ address: '::1', family: 'ipv4' }), { code: 'ERR_INVALID_ADDRESS' });
assert.throws(() => new net.SocketAddress({ port: 70000 }), {
  name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT', message: 'options.port should be >= 0 and < 65536. Received type number (70000).',
});
assert.throws(() => new net.SocketAddress({ family: 'ipv5' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new net.SocketAddress(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => new net.SocketAddress({ flowlabel: -1 }), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.flowlabel" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
