'use strict';
// Duplex options per side: objectMode, highWaterMark, readable/writable: false.
require('../../common');
const assert = require('assert');
const { Duplex } = require('stream');

const d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 5, readableHighWaterMark: 3 });
assert.strictEqual(d.readableObjectMode, true);
assert.strictEqual(d.writableObjectMode, false);
assert.strictEqual(d.readableHighWaterMark, 3);
assert.strictEqual(d.writableHighWaterMark, 5);

// highWaterMark wins over the per-side options.
const d2 = new Duplex({ highWaterMark: 7, readableHighWaterMark: 3 });
assert.strictEqual(d2.readableHighWaterMark, 7);
assert.strictEqual(d2.writableHighWaterMark, 7);

const ro = new Duplex({ writable: false, read() {} });
assert.strictEqual(ro.writable, false);
assert.strictEqual(ro.writableEnded, true);
assert.strictEqual(ro.writableFinished, true);
assert.strictEqual(ro.readable, true);

const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
assert.strictEqual(wo.readable, false);
assert.strictEqual(wo.readableEnded, true);
assert.strictEqual(wo.writable, true);
