'use strict';
// One source, two destinations: the source waits for the slower one.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

let i = 0;
const r = new Readable({ objectMode: true, highWaterMark: 2, read() { this.push(i < 20 ? i++ : null); } });
const fastGot = [];
const slowGot = [];
const fast = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { fastGot.push(c); cb(); } });
const slow = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { slowGot.push(c); setTimeout(cb, 1); } });
r.pipe(fast);
r.pipe(slow);
assert.strictEqual(r._readableState.pipes.length, 2);
let maxAhead = 0;
fast.on('finish', common.mustCall());
slow.on('finish', common.mustCall(() => {
  assert.deepStrictEqual(fastGot, slowGot);
  assert.strictEqual(slowGot.length, 20);
  assert.ok(maxAhead <= 6, `fast got ${maxAhead} ahead`);
}));
const timer = setInterval(() => { maxAhead = Math.max(maxAhead, fastGot.length - slowGot.length); }, 0);
slow.on('finish', () => clearInterval(timer));
