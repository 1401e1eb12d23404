'use strict';
// A stream destroyed without error mid-way fails the pipeline with
// ERR_STREAM_PREMATURE_CLOSE.
const common = require('../../common');
const assert = require('assert');
const { pipeline, Readable, Writable } = require('stream');

const r = new Readable({ read() {} });
const w = new Writable({ write(c, e, cb) { cb(); } });
pipeline(r, w, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
  assert.strictEqual(err.message, 'Premature close');
  assert.strictEqual(w.destroyed, true);
}));
r.push('a');
setImmediate(() => r.destroy());
