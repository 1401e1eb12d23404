'use strict';
// validatePort through dns.lookupService: ERR_SOCKET_BAD_PORT with the received value.
require('../../common');
const assert = require('assert');
const dns = require('dns');

for (const [value, received] of [
  [70000, 'type number (70000)'],
  [65536, 'type number (65536)'],
  [-1, 'type number (-1)'],
  [1.5, 'type number (1.5)'],
  [NaN, 'type number (NaN)'],
  ['', "type string ('')"],
  [' ', "type string (' ')"],
  ['abc', "type string ('abc')"],
  ['70000', "type string ('70000')"],
  [null, 'null'],
  [true, 'type boolean (true)'],
  [{}, 'an instance of Object'],
]) {
  assert.throws(() => dns.lookupService('127.0.0.1', value, () => {}), {
    code: 'ERR_SOCKET_BAD_PORT',
    name: 'RangeError',
    message: `Port should be >= 0 and < 65536. Received ${received}.`,
  });
}
