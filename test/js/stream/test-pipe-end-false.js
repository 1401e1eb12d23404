'use strict';
// pipe(dest, { end: false }) leaves the destination open.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const r = Readable.from(['a', 'b']);
const got = [];
const w = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
r.pipe(w, { end: false });
w.on('finish', common.mustNotCall());
r.on('end', common.mustCall(() => {
  setImmediate(() => {
    assert.deepStrictEqual(got, ['a', 'b']);
    assert.strictEqual(w.writableEnded, false);
  });
}));
