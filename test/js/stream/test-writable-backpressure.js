'use strict';
// write() returns false at highWaterMark; 'drain' once the buffer empties.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) { setImmediate(cb); },
});
assert.strictEqual(w.writableHighWaterMark, 3);
assert.strictEqual(w.write('ab'), true);
assert.strictEqual(w.writableLength, 2);
assert.strictEqual(w.writableNeedDrain, false);
assert.strictEqual(w.write('cd'), false);
assert.strictEqual(w.writableLength, 4);
assert.strictEqual(w.writableNeedDrain, true);
// Still accepted (and buffered) past the mark.
assert.strictEqual(w.write('e'), false);
assert.strictEqual(w.writableBuffer.length, 2);
w.on('drain', common.mustCall(() => {
  assert.strictEqual(w.writableLength, 0);
  assert.strictEqual(w.writableNeedDrain, false);
}));
