'use strict';
// BigInts: sign bit and 64-bit little-endian digits.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

assert.strictEqual(v8.serialize(0n).toString('hex'), 'ff0f5a00');
assert.strictEqual(v8.serialize(-1n).toString('hex'), 'ff0f5a110100000000000000');
assert.strictEqual(v8.serialize(2n ** 64n - 1n).toString('hex'), 'ff0f5a10ffffffffffffffff');
for (const b of [0n, 1n, -1n, 2n ** 63n, -(2n ** 200n) + 7n, 123456789012345678901234567890n]) {
  assert.strictEqual(v8.deserialize(v8.serialize(b)), b);
}
