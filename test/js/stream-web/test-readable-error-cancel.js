'use strict';
// controller.error() rejects pending and later reads and the closed promise; cancel() runs
// the source's cancel with the reason, resolves, and ends reads.
const common = require('../../common');
const assert = require('assert');
const { ReadableStream } = require('stream/web');

(async () => {
  let ctl;
  const rs = new ReadableStream({ start(c) { ctl = c; } });
  const reader = rs.getReader();
  const pending = reader.read();
  const boom = new Error('boom');
  ctl.error(boom);
  await assert.rejects(pending, boom);
  await assert.rejects(reader.read(), boom);
  await assert.rejects(reader.closed, boom);
  assert.strictEqual(ctl.desiredSize, null);

  const reasons = [];
  const rs2 = new ReadableStream({
    start(c) { c.enqueue(1); },
    cancel(reason) { reasons.push(reason); },
  });
  const r2 = rs2.getReader();
  assert.strictEqual(await r2.cancel('stop'), undefined);
  assert.deepStrictEqual(reasons, ['stop']);
  assert.deepStrictEqual(await r2.read(), { value: undefined, done: true });
  await rs2.cancel().catch(common.mustCall((e) => assert.strictEqual(e.code, 'ERR_INVALID_STATE')));

  // A throwing start() makes the constructor throw.
  assert.throws(() => new ReadableStream({ start() { throw new Error('start'); } }), /start/);
  // A rejecting pull errors the stream.
  const rs3 = new ReadableStream({ pull() { return Promise.reject(new Error('pull')); } });
  await assert.rejects(rs3.getReader().read(), /pull/);
  // Enqueue after close throws.
  new ReadableStream({
    start(c) {
      c.close();
      assert.throws(() => c.enqueue(1), { name: 'TypeError', code: 'ERR_INVALID_STATE' });
      assert.throws(() => c.close(), { name: 'TypeError' });
    },
  });
})().then(common.mustCall());
