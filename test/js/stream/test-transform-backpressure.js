'use strict';
// A Transform whose readable side is full stops transforming until read.
const common = require('../../common');
const assert = require('assert');
const { Transform } = require('stream');

let transformed = 0;
const t = new Transform({
  objectMode: true,
  highWaterMark: 2,
  transform(c, e, cb) { transformed++; cb(null, c); },
});
const rets = [];
for (let i = 0; i < 6; i++) rets.push(t.write(i));
assert.deepStrictEqual(rets, [true, true, false, false, false, false]);
setImmediate(common.mustCall(() => {
  // Two fill the readable buffer; the second one's callback is held back, so
  // it still counts as written-but-pending along with the four queued.
  assert.strictEqual(transformed, 2);
  assert.strictEqual(t.readableLength, 2);
  assert.strictEqual(t.writableLength, 5);
  const got = [];
  t.on('data', (x) => got.push(x));
  t.on('end', common.mustCall(() => assert.deepStrictEqual(got, [0, 1, 2, 3, 4, 5])));
  t.end();
}));
