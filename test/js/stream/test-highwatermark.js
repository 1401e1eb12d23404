'use strict';
// highWaterMark defaults, validation and setDefaultHighWaterMark().
require('../../common');
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, Duplex, getDefaultHighWaterMark, setDefaultHighWaterMark } = stream;

assert.strictEqual(getDefaultHighWaterMark(false), 65536);
assert.strictEqual(getDefaultHighWaterMark(true), 16);
assert.strictEqual(new Readable().readableHighWaterMark, 65536);
assert.strictEqual(new Writable({ objectMode: true }).writableHighWaterMark, 16);
assert.strictEqual(new Readable({ highWaterMark: null }).readableHighWaterMark, 65536);

assert.throws(() => new Readable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new Readable({ highWaterMark: 1.5 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new Writable({ highWaterMark: '16' }), {
  message: "The property 'options.highWaterMark' is invalid. Received '16'",
});
assert.throws(() => new Duplex({ readableHighWaterMark: NaN }), {
  message: "The property 'options.readableHighWaterMark' is invalid. Received NaN",
});

setDefaultHighWaterMark(false, 1024);
try {
  assert.strictEqual(new Readable().readableHighWaterMark, 1024);
  assert.strictEqual(new Writable().writableHighWaterMark, 1024);
} finally {
  setDefaultHighWaterMark(false, 65536);
}
setDefaultHighWaterMark(true, 4);
assert.strictEqual(new Readable({ objectMode: true }).readableHighWaterMark, 4);
setDefaultHighWaterMark(true, 16);
assert.throws(() => setDefaultHighWaterMark(false, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => setDefaultHighWaterMark(false, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
