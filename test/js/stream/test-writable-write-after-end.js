'use strict';
// write() after end(): ERR_STREAM_WRITE_AFTER_END to the callback and 'error'.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', common.mustCall((e) => {
  log.push(`error:${e.code}`);
  assert.strictEqual(e.message, 'write after end');
}));
w.on('finish', common.mustNotCall());
w.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, ['cb:ERR_STREAM_WRITE_AFTER_END', 'error:ERR_STREAM_WRITE_AFTER_END']);
}));
w.end();
assert.strictEqual(w.write('x', (e) => log.push(`cb:${e.code}`)), false);
