'use strict';
// A failing _writev() fails every chunk it got.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const errs = [];
const w = new Writable({
  objectMode: true,
  write(c, e, cb) { setImmediate(cb); },
  writev: common.mustCall((chunks, cb) => {
    assert.strictEqual(chunks.length, 2);
    cb(new Error('vfail'));
  }),
});
w.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'vfail')));
w.write('a', common.mustSucceed());
w.write('b', (e) => errs.push(`b:${e.message}`));
w.write('c', (e) => errs.push(`c:${e.message}`));
w.on('close', common.mustCall(() => {
  assert.deepStrictEqual(errs, ['b:vfail', 'c:vfail']);
}));
