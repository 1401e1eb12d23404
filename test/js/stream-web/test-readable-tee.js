'use strict';
// tee() gives two branches that each see every chunk; cancelling both cancels the source
// with both reasons; an error reaches both branches.
const common = require('../../common');
const assert = require('assert');
const { ReadableStream } = require('stream/web');

async function all(stream) {
  const out = [];
  for await (const v of stream) out.push(v);
  return out;
}

(async () => {
  const [a, b] = new ReadableStream({
    start(c) {
      for (let i = 0; i < 5; i++) c.enqueue(i);
      c.close();
    },
  }).tee();
  const [ra, rb] = await Promise.all([all(a), all(b)]);
  assert.deepStrictEqual(ra, [0, 1, 2, 3, 4]);
  assert.deepStrictEqual(rb, [0, 1, 2, 3, 4]);

  let cancelReason;
  const src = new ReadableStream({ cancel(r) { cancelReason = r; } });
  const [c1, c2] = src.tee();
  assert.strictEqual(src.locked, true);
  const p1 = c1.cancel('r1');
  await c2.cancel('r2');
  await p1;
  assert.deepStrictEqual(cancelReason, ['r1', 'r2']);

  let ctl;
  const [e1, e2] = new ReadableStream({ start(c) { ctl = c; } }).tee();
  const err = new Error('tee error');
  ctl.error(err);
  await assert.rejects(e1.getReader().read(), err);
  await assert.rejects(e2.getReader().read(), err);
})().then(common.mustCall());
