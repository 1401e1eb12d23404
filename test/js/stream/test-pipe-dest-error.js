'use strict';
// An error on the destination unpipes it and pauses the source; the
// destination is destroyed, the source is not.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const r = new Readable({ read() {} });
const w = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
w.on('unpipe', common.mustCall());
w.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'boom')));
r.pipe(w);
r.push('a');
setTimeout(common.mustCall(() => {
  assert.strictEqual(r._readableState.pipes.length, 0);
  assert.strictEqual(r.readableFlowing, false);
  assert.strictEqual(r.destroyed, false);
  assert.strictEqual(w.destroyed, true);
}), 5);
