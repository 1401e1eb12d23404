'use strict';
// Numbers: int32 range as zigzag varints, everything else as doubles (bytes from Node 24).
require('../../common');
const assert = require('assert');
const v8 = require('v8');

const hex = (v) => v8.serialize(v).toString('hex');
assert.strictEqual(hex(0), 'ff0f4900');
assert.strictEqual(hex(63), 'ff0f497e');
assert.strictEqual(hex(64), 'ff0f498001');
assert.strictEqual(hex(-64), 'ff0f497f');
assert.strictEqual(hex(2147483647), 'ff0f49feffffff0f');
assert.strictEqual(hex(-2147483648), 'ff0f49ffffffff0f');
assert.strictEqual(hex(-2147483649), 'ff0f4e000020000000e0c1');
assert.strictEqual(hex(Infinity), 'ff0f4e000000000000f07f');
for (const n of [0, -0, 1e-300, 2 ** 53, -(2 ** 31), NaN, -Infinity, 0.1 + 0.2]) {
  assert.ok(Object.is(v8.deserialize(v8.serialize(n)), n), String(n));
}
