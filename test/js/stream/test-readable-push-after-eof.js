'use strict';
// push() after push(null) errors the stream with ERR_STREAM_PUSH_AFTER_EOF.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', common.mustCall((e) => {
  assert.strictEqual(e.code, 'ERR_STREAM_PUSH_AFTER_EOF');
  assert.strictEqual(e.message, 'stream.push() after EOF');
}));
r.on('end', common.mustNotCall());
r.push(null);
assert.strictEqual(r.push('x'), false);
assert.strictEqual(r.destroyed, true);
