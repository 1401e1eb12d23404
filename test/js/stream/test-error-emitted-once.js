'use strict';
// 'error' is emitted once. A write error is recorded first (errored), but a
// destroy(err) before its deferred handling decides what is emitted.
const common = require('../../common');
const assert = require('assert');
const { Writable, Duplex } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(new Error('first')); } });
w.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'second')));
w.write('a');
w.destroy(new Error('second'));
assert.strictEqual(w.errored.message, 'first');
w.destroy(new Error('third'));

// A Duplex records the error on both sides.
const d = new Duplex({ read() {}, write(c, e, cb) { cb(new Error('dup')); } });
d.on('error', common.mustCall((e) => {
  assert.strictEqual(d._readableState.errored, e);
  assert.strictEqual(d._writableState.errored, e);
  assert.strictEqual(d._readableState.errorEmitted, true);
  assert.strictEqual(d._writableState.errorEmitted, true);
}));
d.write('x');
