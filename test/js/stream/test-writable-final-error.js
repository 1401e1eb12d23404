'use strict';
// An error from _final(): 'error', 'close', and end(cb) gets the error.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('sync')); } });
  w.on('finish', common.mustNotCall());
  w.on('error', (e) => log.push(`error:${e.message}`));
  w.on('close', () => log.push('close'));
  w.end((e) => log.push(`endcb:${e.message}`));
  process.nextTick(() => log.push('tick'));
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(log, ['error:sync', 'close', 'endcb:sync', 'tick']);
  }));
}
{
  const log = [];
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { setImmediate(() => cb(new Error('async'))); },
  });
  w.on('error', (e) => log.push(`error:${e.message}`));
  w.on('close', common.mustCall(() => {
    log.push('close');
    // The end() callback is called first when _final fails asynchronously.
    assert.deepStrictEqual(log, ['endcb:async', 'error:async', 'close']);
  }));
  w.end((e) => log.push(`endcb:${e.message}`));
}
