'use strict';
// Strings: one-byte vs two-byte, alignment padding, long and empty strings round trip.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

assert.strictEqual(v8.serialize('').toString('hex'), 'ff0f2200');
// (V8 pads with a 0 byte so that the two-byte data starts at an even offset.)
assert.strictEqual(v8.serialize(['€']).toString('hex'), 'ff0f41016302ac20240001');
assert.strictEqual(v8.serialize({ ab: '€' }).toString('hex'), 'ff0f6f22026162006302ac207b01');
assert.strictEqual(v8.serialize(new Map([['€', 1]])).toString('hex'), 'ff0f3b006302ac2049023a02');
const raw = new v8.Serializer();
raw.writeUint32(1);
raw.writeValue('€');
assert.strictEqual(raw.releaseBuffer().toString('hex'), '01006302ac20');
for (const s of ['', 'a', 'é'.repeat(300), '€'.repeat(300), '\u{10ffff}x', 'mixed ascii and ünïcödé and 中文']) {
  assert.strictEqual(v8.deserialize(v8.serialize(s)), s);
  assert.strictEqual(v8.deserialize(v8.serialize({ [s]: s }))[s], s);
}
