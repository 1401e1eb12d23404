'use strict';
// ArrayBuffers: plain and resizable, and several views sharing one buffer stay sharing it.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

const rab = new ArrayBuffer(2, { maxByteLength: 8 });
assert.strictEqual(v8.serialize(rab).toString('hex'), 'ff0f7e02080000');
const back = v8.deserialize(v8.serialize(rab));
assert.strictEqual(back.resizable, true);
assert.strictEqual(back.maxByteLength, 8);
const ab = new ArrayBuffer(4);
new Uint8Array(ab).set([1, 2, 3, 4]);
const pair = new v8.Serializer();
pair.writeHeader();
pair.writeValue([new Uint8Array(ab, 0, 2), new Uint8Array(ab, 2, 2)]);
const d = new v8.Deserializer(pair.releaseBuffer());
d.readHeader();
const [a, b] = d.readValue();
assert.strictEqual(a.buffer, b.buffer);
assert.deepStrictEqual([...a, ...b], [1, 2, 3, 4]);
