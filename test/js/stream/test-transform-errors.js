'use strict';
// Errors from _transform / _flush destroy the stream; missing _transform throws.
const common = require('../../common');
const assert = require('assert');
const { Transform } = require('stream');

const t = new Transform({ transform(c, e, cb) { cb(new Error('terr')); } });
t.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'terr')));
t.on('close', common.mustCall(() => assert.strictEqual(t.destroyed, true)));
t.write('x');

const f = new Transform({ transform(c, e, cb) { cb(); }, flush(cb) { cb(new Error('ferr')); } });
f.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'ferr')));
f.on('finish', common.mustNotCall());
f.end();

// Without _transform, write() throws (synchronously, from _write).
const n = new Transform();
assert.throws(() => n.write('x'), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  message: 'The _transform() method is not implemented',
});
