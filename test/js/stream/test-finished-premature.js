'use strict';
// finished() on a stream destroyed before its end: ERR_STREAM_PREMATURE_CLOSE.
const common = require('../../common');
const assert = require('assert');
const { finished, Readable, Writable, Duplex } = require('stream');

const r = new Readable({ read() {} });
finished(r, common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE')));
r.destroy();

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE')));
w.write('x');
w.destroy();

// Only the readable side is watched: its end is enough.
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { writable: false }, common.mustSucceed());
d.push(null);
d.resume();
