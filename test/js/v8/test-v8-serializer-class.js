'use strict';
// The low-level Serializer/Deserializer API: raw writes, transferred buffers, native views.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

const s = new v8.Serializer();
s.writeUint32(300);
s.writeUint64(1, 2);
s.writeDouble(1);
s.writeRawBytes(Buffer.from([9]));
assert.strictEqual(s.releaseBuffer().toString('hex'), 'ac028280808010000000000000f03f09');

const raw = (v) => {
  const ser = new v8.Serializer();
  ser.writeHeader();
  ser.writeValue(v);
  return ser.releaseBuffer().toString('hex');
};
assert.strictEqual(raw(new Uint8Array([1, 2])), 'ff0f420201025642000200');
assert.strictEqual(raw(new Uint16Array([1, 2]).subarray(1)), 'ff0f4204010002005657020200');
assert.strictEqual(raw(new DataView(new ArrayBuffer(2), 1)), 'ff0f42020000563f010100');

const ab = new ArrayBuffer(3);
const t = new v8.Serializer();
t.writeHeader();
t.transferArrayBuffer(5, ab);
t.writeValue({ x: ab });
const bytes = t.releaseBuffer();
assert.strictEqual(bytes.toString('hex'), 'ff0f6f22017874057b01');

const d = new v8.Deserializer(bytes);
assert.strictEqual(d.readHeader(), true);
assert.strictEqual(d.getWireFormatVersion(), 15);
const target = new ArrayBuffer(3);
d.transferArrayBuffer(5, target);
assert.strictEqual(d.readValue().x, target);

const r = new v8.Deserializer(Buffer.from('ac028280808010000000000000f03f09', 'hex'));
assert.strictEqual(r.readUint32(), 300);
assert.deepStrictEqual(r.readUint64(), [1, 2]);
assert.strictEqual(r.readDouble(), 1);
assert.deepStrictEqual([...r.readRawBytes(1)], [9]);
