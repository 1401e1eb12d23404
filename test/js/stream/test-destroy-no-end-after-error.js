'use strict';
// Once destroyed (and closed), no 'data', 'end' or 'finish' is emitted.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
r.on('end', common.mustNotCall());
r.push(1);
r.push(null);
r.destroy();
r.on('close', common.mustCall(() => {
  // Still buffered: read() hands it out, but no 'data' event fires.
  assert.strictEqual(r.readableLength, 1);
  r.on('data', common.mustNotCall());
  assert.strictEqual(r.read(), 1);
}));

const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
w.on('finish', common.mustNotCall());
w.end('x');
w.destroy();
w.on('close', common.mustCall(() => assert.strictEqual(w.writableFinished, false)));
