'use strict';
// SocketAddress.parse reads 'host:port' like an http URL's authority (so ':80' is the default
// port, 0); anything else is undefined.
require('../../common');
const assert = require('assert');
const { SocketAddress } = require('net');

assert.deepStrictEqual(SocketAddress.parse('1.2.3.4:8080').toJSON(), { address: '1.2.3.4', port: 8080, family: 'ipv4', flowlabel: 0 });
assert.deepStrictEqual(SocketAddress.parse('1.2.3.4:80').toJSON(), { address: '1.2.3.4', port: 0, family: 'ipv4', flowlabel: 0 });
assert.deepStrictEqual(SocketAddress.parse('1.2.3.4').toJSON(), { address: '1.2.3.4', port: 0, family: 'ipv4', flowlabel: 0 });
assert.deepStrictEqual(SocketAddress.parse('[::1]:8080').toJSON(), { address: '::1', port: 8080, family: 'ipv6', flowlabel: 0 });
assert.deepStrictEqual(SocketAddress.parse('[2001:db8::1]').toJSON(), { address: '2001:db8::1', port: 0, family: 'ipv6', flowlabel: 0 });
for (const bad of ['x', 'example.com:80', '1.2.3.4:99999', '']) {
  assert.strictEqual(SocketAddress.parse(bad), undefined, bad);
}
assert.throws(() => SocketAddress.parse(5), { code: 'ERR_INVALID_ARG_TYPE' });
