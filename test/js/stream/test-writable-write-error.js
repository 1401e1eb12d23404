'use strict';
// A failing _write(): its callback and the queued ones get the error, then
// 'error' and 'close' once.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({ write(c, e, cb) { cb(new Error('werr')); } });
w.on('error', (e) => log.push(`error:${e.message}`));
w.on('close', common.mustCall(() => {
  log.push('close');
  assert.deepStrictEqual(log, ['cb1:werr', 'cb2:werr', 'error:werr', 'close']);
}));
w.on('finish', common.mustNotCall());
w.write('a', (e) => log.push(`cb1:${e.message}`));
assert.strictEqual(w.errored.message, 'werr');
assert.strictEqual(w.writable, false);
// Not yet destroyed: that happens when the callback runs on the next tick.
assert.strictEqual(w.destroyed, false);
w.write('b', (e) => log.push(`cb2:${e.message}`));
