'use strict';
// A fast producer and a slow consumer connected by pipeline(): the amount
// buffered never grows much beyond the highWaterMarks in between.
const common = require('../../common');
const assert = require('assert');
const { pipeline, Readable, PassThrough, Writable } = require('stream');

let produced = 0;
let maxBuffered = 0;
const chunk = 'y'.repeat(1024);
const src = new Readable({
  highWaterMark: 4096,
  read() { this.push(produced++ < 300 ? chunk : null); },
});
const mid = new PassThrough({ highWaterMark: 4096 });
const sink = new Writable({
  highWaterMark: 2048,
  write(c, e, cb) {
    const buffered = src.readableLength + mid.readableLength + mid.writableLength + sink.writableLength;
    maxBuffered = Math.max(maxBuffered, buffered);
    setImmediate(cb);
  },
});
pipeline(src, mid, sink, common.mustSucceed(() => {
  assert.strictEqual(produced, 301);
  // 4096 + 4096 + 4096 + 2048, plus a chunk of slack per stage.
  assert.ok(maxBuffered <= 18 * 1024, `maxBuffered ${maxBuffered}`);
}));
