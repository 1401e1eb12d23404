'use strict';
// An error inside a composed stream destroys the composite with it.
const common = require('../../common');
const assert = require('assert');
const { compose, Transform, PassThrough } = require('stream');

const bad = new Transform({ transform(c, e, cb) { cb(new Error('inner')); } });
const c = compose(new PassThrough(), bad);
c.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'inner')));
c.on('close', common.mustCall(() => assert.strictEqual(bad.destroyed, true)));
c.write('x');

// Destroying the composite destroys the inner streams.
const a = new PassThrough();
const b = new PassThrough();
const c2 = compose(a, b);
c2.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'outer')));
c2.destroy(new Error('outer'));
setImmediate(common.mustCall(() => {
  assert.strictEqual(a.destroyed, true);
  assert.strictEqual(b.destroyed, true);
}));
