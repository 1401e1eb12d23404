'use strict';
// An error in the middle destroys every stream; the callback gets that error.
const common = require('../../common');
const assert = require('assert');
const { pipeline, Readable, Transform, Writable } = require('stream');

const r = new Readable({ read() {} });
const t = new Transform({ transform(c, e, cb) { cb(new Error('terr')); } });
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('finish', common.mustNotCall());
pipeline(r, t, w, common.mustCall((err) => {
  assert.strictEqual(err.message, 'terr');
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(t.destroyed, true);
  assert.strictEqual(w.destroyed, true);
}));
r.push('x');
