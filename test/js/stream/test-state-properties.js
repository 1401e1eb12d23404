'use strict';
// The state objects npm packages read keep Node's property names and values.
require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const r = new Readable({ read() {} });
const rs = r._readableState;
for (const [k, v] of Object.entries({
  highWaterMark: 65536, length: 0, flowing: null, ended: false, endEmitted: false,
  reading: false, constructed: true, sync: true, needReadable: false, emittedReadable: false,
  readableListening: false, resumeScheduled: false, errorEmitted: false, emitClose: true,
  autoDestroy: true, destroyed: false, errored: null, closed: false, closeEmitted: false,
  defaultEncoding: 'utf8', awaitDrainWriters: null, multiAwaitDrain: false, readingMore: false,
  dataEmitted: false, decoder: null, encoding: null, objectMode: false, pipesCount: 0, paused: false,
})) {
  assert.strictEqual(rs[k], v, `_readableState.${k}`);
}
assert.deepStrictEqual(rs.pipes, []);
assert.ok(Array.isArray(rs.buffer));
r.pause();
assert.strictEqual(rs.paused, true);

const w = new Writable();
const ws = w._writableState;
for (const [k, v] of Object.entries({
  highWaterMark: 65536, objectMode: false, finalCalled: false, needDrain: false, ending: false,
  ended: false, finished: false, destroyed: false, decodeStrings: true, defaultEncoding: 'utf8',
  length: 0, writing: false, corked: 0, sync: true, bufferProcessing: false,
  writelen: 0, afterWriteTickInfo: null, pendingcb: 0, constructed: true, prefinished: false,
  errorEmitted: false, emitClose: true, autoDestroy: true, errored: null, closed: false,
  closeEmitted: false, allBuffers: true, allNoop: true, bufferedRequestCount: 0,
})) {
  assert.strictEqual(ws[k], v, `_writableState.${k}`);
}
assert.strictEqual(typeof ws.onwrite, 'function');
assert.strictEqual(typeof ws.writecb, 'function');
assert.deepStrictEqual(ws.getBuffer(), []);

// Public accessors.
assert.strictEqual(r.readableEnded, false);
assert.strictEqual(r.readableAborted, false);
assert.strictEqual(r.readableDidRead, false);
assert.strictEqual(r.readableEncoding, null);
assert.strictEqual(w.writableCorked, 0);
assert.strictEqual(w.writableAborted, false);
assert.strictEqual(w.writableFinished, false);
assert.strictEqual(w.writableEnded, false);
assert.strictEqual(w.errored, null);
