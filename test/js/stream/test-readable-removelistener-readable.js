'use strict';
// Removing the last 'readable' listener while 'data' listeners remain switches
// back to flowing mode (on the next tick).
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const got = [];
const r = new Readable({ objectMode: true, read() {} });
const onReadable = () => {};
r.on('readable', onReadable);
r.on('data', (x) => got.push(x));
assert.strictEqual(r.readableFlowing, false);
r.push('a');
setTimeout(() => {
  assert.deepStrictEqual(got, []);
  r.removeListener('readable', onReadable);
  assert.strictEqual(r.readableFlowing, false);
  process.nextTick(common.mustCall(() => {
    assert.strictEqual(r.readableFlowing, true);
  }));
  r.push('b');
  r.push(null);
}, 2);
r.on('end', common.mustCall(() => assert.deepStrictEqual(got, ['a', 'b'])));
