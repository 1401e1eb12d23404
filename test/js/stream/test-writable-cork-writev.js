'use strict';
// cork() buffers; uncork() flushes through _writev() in one call.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const calls = [];
const w = new Writable({
  objectMode: true,
  write: common.mustNotCall(),
  writev: common.mustCall((chunks, cb) => {
    calls.push(chunks.map((c) => c.chunk));
    cb();
  }),
});
w.cork();
w.write('a');
w.write('b', common.mustCall());
w.cork();
w.write('c');
assert.strictEqual(w.writableCorked, 2);
assert.strictEqual(w.writableLength, 3);
w.uncork();
assert.strictEqual(calls.length, 0);
process.nextTick(() => {
  w.uncork();
  assert.deepStrictEqual(calls, [['a', 'b', 'c']]);
  assert.strictEqual(w.writableCorked, 0);
  w.end();
});
w.on('finish', common.mustCall());
