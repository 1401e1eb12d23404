'use strict';
// pull() is called while the queue is below the high-water mark and not again until the
// previous pull settles; desiredSize tracks the queue (CountQueuingStrategy sizes).
const common = require('../../common');
const assert = require('assert');
const { ReadableStream, CountQueuingStrategy } = require('stream/web');

(async () => {
  let pulls = 0;
  const sizes = [];
  const rs = new ReadableStream({
    pull(c) {
      pulls++;
      sizes.push(c.desiredSize);
      c.enqueue(pulls);
      if (pulls === 10) c.close();
    },
  }, new CountQueuingStrategy({ highWaterMark: 3 }));
  await new Promise((resolve) => setTimeout(resolve, 10));
  // Filled to the high-water mark, no further.
  assert.strictEqual(pulls, 3);
  assert.deepStrictEqual(sizes, [3, 2, 1]);
  const got = [];
  for await (const v of rs) got.push(v);
  assert.deepStrictEqual(got, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.strictEqual(pulls, 10);
})().then(common.mustCall());
