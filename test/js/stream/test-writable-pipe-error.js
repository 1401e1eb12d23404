'use strict';
// Writable.prototype.pipe: ERR_STREAM_CANNOT_PIPE.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', common.mustCall((e) => {
  assert.strictEqual(e.code, 'ERR_STREAM_CANNOT_PIPE');
  assert.strictEqual(e.message, 'Cannot pipe, not readable');
}));
w.pipe(new Writable());
