'use strict';
// validateOneOf through dns.setDefaultResultOrder.
require('../../common');
const assert = require('assert');
const dns = require('dns');

for (const [value, received] of [['x', "'x'"], [1, '1'], [null, 'null'], [undefined, 'undefined'], [{}, '{}']]) {
  assert.throws(() => dns.setDefaultResultOrder(value), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The argument 'dnsOrder' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. " +
      `Received ${received}`,
  });
}
dns.setDefaultResultOrder('verbatim');
