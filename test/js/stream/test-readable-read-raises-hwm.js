'use strict';
// read(n) above highWaterMark raises it to the next power of two; > 1GiB throws.
require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ highWaterMark: 16, read() {} });
r.read(100);
assert.strictEqual(r.readableHighWaterMark, 128);
r.read(129);
assert.strictEqual(r.readableHighWaterMark, 256);
assert.throws(() => r.read(2 ** 30 + 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be <= 1GiB. Received 1073741825',
});
