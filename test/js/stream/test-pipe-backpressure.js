'use strict';
// A slow destination: the source is paused, buffered memory stays bounded by
// the two highWaterMarks, and 'drain' resumes it.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const chunk = 'x'.repeat(100);
const total = 200;
let pushed = 0;
let maxBuffered = 0;
const r = new Readable({
  highWaterMark: 1000,
  read() {
    this.push(pushed++ < total ? chunk : null);
  },
});
let drains = 0;
let written = 0;
const w = new Writable({
  highWaterMark: 500,
  write(c, e, cb) {
    written += c.length;
    maxBuffered = Math.max(maxBuffered, r.readableLength + w.writableLength);
    setImmediate(cb);
  },
});
w.on('drain', () => drains++);
r.pipe(w);
w.on('finish', common.mustCall(() => {
  assert.strictEqual(written, total * chunk.length);
  assert.ok(drains > 10, `drains: ${drains}`);
  // 1000 + 500 plus one chunk of slack each.
  assert.ok(maxBuffered <= 1700, `maxBuffered: ${maxBuffered}`);
}));
