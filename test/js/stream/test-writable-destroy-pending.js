'use strict';
// destroy() fails queued writes and pending end() callbacks with
// ERR_STREAM_DESTROYED, once the write in progress has completed.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
w.on('finish', common.mustNotCall());
w.on('error', common.mustNotCall());
w.write('a', (e) => log.push(`a:${e ? e.code : 'ok'}`));
w.write('b', (e) => log.push(`b:${e ? e.code : 'ok'}`));
w.end((e) => log.push(`end:${e ? e.code : 'ok'}`));
w.destroy();
w.on('close', common.mustCall(() => log.push('close')));
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'close', 'a:ok', 'b:ERR_STREAM_DESTROYED', 'end:ERR_STREAM_DESTROYED',
  ]);
  // Writing to an ended stream fails even once destroyed...
  w.write('c', common.mustCall((e) => assert.strictEqual(e.code, 'ERR_STREAM_WRITE_AFTER_END')));
  // ...and to a destroyed one that was not ended, with ERR_STREAM_DESTROYED.
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.destroy();
  w2.write('d', common.mustCall((e) => {
    assert.strictEqual(e.code, 'ERR_STREAM_DESTROYED');
    assert.strictEqual(e.message, 'Cannot call write after a stream was destroyed');
  }));
}), 10);
