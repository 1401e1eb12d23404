'use strict';
// new Resolver(options): timeout, tries and maxTimeout ranges; the handle hides its state.
require('../../common');
const assert = require('assert');
const dns = require('dns');
const util = require('util');

assert.throws(() => new dns.Resolver({ timeout: -2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.timeout" is out of range. It must be >= -1 && <= 2147483647. Received -2',
});
assert.throws(() => new dns.Resolver({ timeout: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.timeout" property must be of type number. Received type string (\'x\')',
});
assert.throws(() => new dns.Resolver({ tries: 0 }), {
  message: 'The value of "options.tries" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
assert.throws(() => new dns.Resolver({ tries: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new dns.Resolver({ maxTimeout: -1 }), {
  message: 'The value of "options.maxTimeout" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
for (const ok of [undefined, 5, {}, { timeout: -1, tries: 1, maxTimeout: 0 }, { timeout: 2147483647 }]) {
  assert.ok(new dns.Resolver(ok) instanceof dns.Resolver);
}
assert.strictEqual(util.inspect(new dns.Resolver()), 'Resolver { _handle: ChannelWrap {} }');
assert.ok(new dns.promises.Resolver() instanceof dns.promises.Resolver);
