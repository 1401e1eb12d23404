'use strict';
// BlockList argument checks, with Node's codes and messages.
require('../../common');
const assert = require('assert');
const net = require('net');

const b = new net.BlockList();
assert.throws(() => b.check(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "address" argument must be of type string. Received type number (5)',
});
assert.throws(() => b.addAddress(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.addAddress('1.2.3.4', 'ipv5'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.family' is invalid. Received 'ipv5'",
});
assert.throws(() => b.addAddress('zz'), { name: 'Error', code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address' });
assert.throws(() => b.addRange('10.0.0.10', '10.0.0.1'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'start' must come before end. Received SocketAddress { address: '10.0.0.10', port: 0, family: 'ipv4', flowlabel: 0 }",
});
assert.throws(() => b.addSubnet('1.2.3.4', 33), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33',
});
assert.throws(() => b.addSubnet('::', 129, 'ipv6'), { message: /It must be >= 0 && <= 128/ });
assert.throws(() => b.addSubnet('1.2.3.4', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.fromJSON(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "data" argument must be of type string or string[]. Received type number (5)',
});
assert.deepStrictEqual(b.rules, []);
