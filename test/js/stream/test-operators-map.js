'use strict';
// map(): order kept, concurrency respected, errors propagate.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).map((x) => x * 2).toArray(), [2, 4, 6]);

  let active = 0;
  let maxActive = 0;
  const res = await Readable.from([30, 10, 20, 5, 1]).map(async (x) => {
    active++;
    maxActive = Math.max(active, maxActive);
    await new Promise((r) => setTimeout(r, x));
    active--;
    return x;
  }, { concurrency: 3 }).toArray();
  assert.deepStrictEqual(res, [30, 10, 20, 5, 1]);
  assert.strictEqual(maxActive, 3);

  await assert.rejects(Readable.from([1, 2]).map((x) => {
    if (x === 2) throw new Error('map err');
    return x;
  }).toArray(), { message: 'map err' });

  // The mapper gets { signal }.
  await Readable.from([1]).map((x, opts) => {
    assert.strictEqual(typeof opts.signal.aborted, 'boolean');
    return x;
  }).toArray();

  const mapped = Readable.from([1]).map((x) => x);
  assert.ok(mapped instanceof Readable);
})().then(common.mustCall());

assert.throws(() => Readable.from([1]).map(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Readable.from([1]).map((x) => x, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Readable.from([1]).map((x) => x, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Readable.prototype.map((x) => x), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
