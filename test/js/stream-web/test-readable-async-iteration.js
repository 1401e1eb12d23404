'use strict';
// for await over a ReadableStream; break cancels the stream (unless preventCancel) and
// releases the lock; an errored stream rejects the loop.
const common = require('../../common');
const assert = require('assert');
const { ReadableStream } = require('stream/web');

(async () => {
  let cancelled = 0;
  const make = () => new ReadableStream({
    pull(c) { c.enqueue('x'); },
    cancel() { cancelled++; },
  });
  const rs = make();
  for await (const v of rs) {
    assert.strictEqual(v, 'x');
    break;
  }
  assert.strictEqual(cancelled, 1);
  assert.strictEqual(rs.locked, false);

  const rs2 = make();
  for await (const v of rs2.values({ preventCancel: true })) {
    assert.strictEqual(v, 'x');
    break;
  }
  assert.strictEqual(cancelled, 1);
  assert.strictEqual(rs2.locked, false);
  const reader = rs2.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'x', done: false });

  const bad = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('iter')); } });
  await assert.rejects(async () => {
    for await (const v of bad) assert.fail(`unexpected ${v}`);
  }, /iter/);
})().then(common.mustCall());
