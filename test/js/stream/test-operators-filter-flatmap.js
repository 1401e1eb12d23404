'use strict';
// filter(), flatMap(), drop(), take().
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).filter((x) => x % 2).toArray(), [1, 3]);
  assert.deepStrictEqual(
    await Readable.from([1, 2, 3, 4]).filter(async (x) => x > 2).toArray(), [3, 4]);
  assert.deepStrictEqual(await Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray(), [1, 10, 2, 20]);
  assert.deepStrictEqual(
    await Readable.from([1, 2]).flatMap(async function* (x) { yield x; yield -x; }).toArray(),
    [1, -1, 2, -2]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4, 5]).drop(2).toArray(), [3, 4, 5]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4, 5]).take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).take(0).toArray(), []);
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).drop(1).take(1).toArray(), [2]);
  // take() does not pull more than it needs.
  let pulled = 0;
  const src = Readable.from(function* () { while (true) yield ++pulled; }());
  assert.deepStrictEqual(await src.take(3).toArray(), [1, 2, 3]);
  assert.ok(pulled <= 5, `pulled ${pulled}`);
})().then(common.mustCall());

assert.throws(() => Readable.from([1]).drop(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "number" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => Readable.from([1]).take(-1), { code: 'ERR_OUT_OF_RANGE' });
