'use strict';
// DefaultSerializer writes typed arrays and Buffers as host objects; they come back as copies
// of the same type, whatever their offset in a larger buffer.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

const big = new ArrayBuffer(16);
const views = [new Int8Array(big, 1, 2), new Uint8ClampedArray([300]), new Int32Array(big, 4, 2),
  new Float32Array([1.5]), new BigInt64Array([-1n]), new DataView(big, 3, 5), Buffer.from('buffer')];
for (const v of views) {
  const back = v8.deserialize(v8.serialize(v));
  assert.strictEqual(back.constructor, v.constructor);
  assert.strictEqual(back.byteLength, v.byteLength);
  assert.deepStrictEqual(Buffer.from(back.buffer, back.byteOffset, back.byteLength),
    Buffer.from(v.buffer, v.byteOffset, v.byteLength));
}
class Custom extends v8.Serializer {}
assert.ok(new Custom() instanceof v8.Serializer);
assert.ok(new v8.DefaultSerializer() instanceof v8.Serializer);
assert.ok(new v8.DefaultDeserializer(Buffer.alloc(0)) instanceof v8.Deserializer);
