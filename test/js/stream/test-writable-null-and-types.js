'use strict';
// write(null) and non-chunk values throw synchronously; bad encodings too.
require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
assert.throws(() => w.write(null), {
  code: 'ERR_STREAM_NULL_VALUES',
  name: 'TypeError',
  message: 'May not write null values to stream',
});
assert.throws(() => w.write(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => w.write({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => w.write('x', 'bogus'), {
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: 'Unknown encoding: bogus',
});
assert.throws(() => w.setDefaultEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
// In object mode anything but null goes.
const o = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
assert.strictEqual(o.write(5), true);
assert.strictEqual(o.write(undefined), true);
assert.throws(() => o.write(null), { code: 'ERR_STREAM_NULL_VALUES' });
