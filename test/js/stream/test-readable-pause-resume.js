'use strict';
// pause()/resume() and readableFlowing / isPaused().
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = new Readable({ objectMode: true, read() {} });
assert.strictEqual(r.readableFlowing, null);
assert.strictEqual(r.isPaused(), false);
r.on('pause', () => log.push('pause'));
r.on('resume', () => log.push('resume'));
r.on('data', (d) => log.push(`data:${d}`));
assert.strictEqual(r.readableFlowing, true);
r.push('a');
r.pause();
assert.strictEqual(r.readableFlowing, false);
assert.strictEqual(r.isPaused(), true);
// Paused: nothing flows (the resume scheduled by on('data') still reports).
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(log, ['pause', 'resume']);
  r.resume();
  assert.strictEqual(r.readableFlowing, true);
  r.push('b');
  r.push(null);
}), 2);
r.on('end', common.mustCall(() => {
  // push(null) made the buffered data flow at once; the second 'resume'
  // (scheduled by resume()) comes next, 'end' after it.
  assert.deepStrictEqual(log, ['pause', 'resume', 'data:a', 'data:b', 'resume']);
}));
