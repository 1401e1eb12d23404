'use strict';
// Subclasses decide how host objects (here: typed arrays) are written and read back.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

class Ser extends v8.Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }
  _writeHostObject(view) {
    this.writeUint32(view.length);
    for (const x of view) this.writeUint32(x);
  }
}
class Der extends v8.Deserializer {
  _readHostObject() {
    const n = this.readUint32();
    const out = new Uint16Array(n);
    for (let i = 0; i < n; i++) out[i] = this.readUint32();
    return out;
  }
}
const ser = new Ser();
ser.writeHeader();
ser.writeValue({ v: new Uint16Array([7, 300]) });
const bytes = ser.releaseBuffer();
assert.strictEqual(bytes.toString('hex'), 'ff0f6f2201765c0207ac027b01');
const der = new Der(bytes);
der.readHeader();
assert.deepStrictEqual(der.readValue(), { v: new Uint16Array([7, 300]) });
