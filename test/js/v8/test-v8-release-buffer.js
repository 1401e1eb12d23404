'use strict';
// releaseBuffer hands over the bytes and starts over; values written after go to a new buffer.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

const s = new v8.Serializer();
s.writeHeader();
s.writeValue('first');
const a = s.releaseBuffer();
assert.ok(Buffer.isBuffer(a));
s.writeValue(1);
assert.strictEqual(s.releaseBuffer().toString('hex'), '4902');
assert.strictEqual(a.toString('hex'), 'ff0f22056669727374');
const big = new v8.Serializer();
big.writeHeader();
big.writeValue('x'.repeat(100000));
assert.strictEqual(v8.deserialize(big.releaseBuffer()).length, 100000);
