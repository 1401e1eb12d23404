'use strict';
// A _write() that calls back synchronously frees its room at once:
// write() returns true and no 'drain' is owed (Node 24 behaviour).
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ highWaterMark: 1, write(c, e, cb) { cb(); } });
w.on('drain', common.mustNotCall());
assert.strictEqual(w.write('abc'), true);
assert.strictEqual(w.writableLength, 0);
assert.strictEqual(w.writableNeedDrain, false);
// Without a callback the write is done: nothing pending.
assert.strictEqual(w._writableState.pendingcb, 0);
assert.strictEqual(w.write('x', common.mustCall()), true);
assert.strictEqual(w._writableState.pendingcb, 1);

// highWaterMark 0: an async write must wait for 'drain'.
const w0 = new Writable({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } });
assert.strictEqual(w0.write('a'), false);
w0.on('drain', common.mustCall());
