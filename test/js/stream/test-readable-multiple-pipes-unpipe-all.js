'use strict';
// unpipe() without argument detaches every destination.
const common = require('../../common');
const assert = require('assert');
const { Readable, PassThrough } = require('stream');

const r = new Readable({ read() {} });
const a = new PassThrough();
const b = new PassThrough();
a.on('unpipe', common.mustCall());
b.on('unpipe', common.mustCall());
r.pipe(a);
r.pipe(b);
assert.strictEqual(r._readableState.pipes.length, 2);
assert.strictEqual(r._readableState.pipesCount, 2);
r.unpipe();
assert.strictEqual(r._readableState.pipes.length, 0);
assert.strictEqual(r.isPaused(), true);
