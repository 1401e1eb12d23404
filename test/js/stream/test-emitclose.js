'use strict';
// emitClose: false: no 'close' event, though the stream is destroyed.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const r = new Readable({ emitClose: false, read() {} });
r.on('close', common.mustNotCall());
r.on('end', common.mustCall());
r.resume();
r.push(null);
setTimeout(common.mustCall(() => {
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.closed, true);
}), 5);

const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
w.on('close', common.mustNotCall());
w.destroy(new Error('x'));
w.on('error', common.mustCall());
