'use strict';
// unshift() puts data back in front; after 'end' it is an error.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('abc');
r.push('def');
assert.strictEqual(r.read(2).toString(), 'ab');
r.unshift('XY');
assert.strictEqual(r.readableLength, 6);
assert.strictEqual(r.read(4).toString(), 'XYcd');
r.push(null);
const data = [];
r.on('data', (d) => data.push(d.toString()));
r.on('end', common.mustCall(() => {
  assert.deepStrictEqual(data, ['ef']);
  r.unshift('z');
}));
r.on('error', common.mustCall((e) => {
  assert.strictEqual(e.code, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT');
  assert.strictEqual(e.message, 'stream.unshift() after end event');
}));
