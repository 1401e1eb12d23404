'use strict';
// unpipe(dest) stops the flow to dest and pauses the source when it was the last.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const written = [];
const r = new Readable({ objectMode: true, read() {} });
const w = new Writable({ objectMode: true, write(c, e, cb) { written.push(c); cb(); } });
w.on('unpipe', common.mustCall((src) => assert.strictEqual(src, r)));
r.pipe(w);
r.push('a');
setTimeout(() => {
  assert.strictEqual(r.unpipe(w), r);
  assert.strictEqual(r.readableFlowing, false);
  // Unknown destination: nothing happens.
  r.unpipe(new Writable());
  r.push('b');
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(written, ['a']);
    assert.strictEqual(r.readableLength, 1);
    assert.strictEqual(w.writableEnded, false);
  }), 5);
}, 2);
