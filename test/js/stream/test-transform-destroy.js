'use strict';
// Destroying a Transform: no flush, 'close' once, pending write callbacks fail.
const common = require('../../common');
const assert = require('assert');
const { Transform } = require('stream');

const t = new Transform({
  objectMode: true,
  transform(c, e, cb) { setImmediate(cb, null, c); },
  flush: common.mustNotCall(),
});
t.on('close', common.mustCall());
t.on('finish', common.mustNotCall());
t.on('end', common.mustNotCall());
t.write(1);
t.write(2, common.mustCall((e) => assert.strictEqual(e.code, 'ERR_STREAM_DESTROYED')));
t.end();
t.destroy();
assert.strictEqual(t.destroyed, true);
