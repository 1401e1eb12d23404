'use strict';
// Deserializer checks its input; an unknown tag is a data error.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

assert.throws(() => new v8.Deserializer('str'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => v8.deserialize(Buffer.from('ff0f01', 'hex')), { message: 'Unable to deserialize cloned data.' });
const d = new v8.Deserializer(new Uint8Array([0xff, 0x0f, 0x49, 0x08]));
assert.strictEqual(d.readHeader(), true);
assert.strictEqual(d.readValue(), 4);
assert.strictEqual(v8.deserialize(new DataView(new Uint8Array([0xff, 0x0f, 0x54]).buffer)), true);
