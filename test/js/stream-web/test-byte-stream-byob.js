'use strict';
// Byte streams: a BYOB reader reads into the caller's buffer (which is transferred), queued
// bytes split over small views, the final read of a closed stream is an empty done view,
// and a default reader gets Uint8Arrays.
const common = require('../../common');
const assert = require('assert');
const { ReadableStream, ReadableStreamBYOBReader } = require('stream/web');

(async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
      c.close();
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  assert.ok(reader instanceof ReadableStreamBYOBReader);
  const buf = new Uint8Array(2);
  const r1 = await reader.read(buf);
  assert.strictEqual(buf.byteLength, 0); // transferred
  assert.deepStrictEqual([...r1.value], [1, 2]);
  assert.strictEqual(r1.done, false);
  const r2 = await reader.read(new Uint8Array(10));
  assert.deepStrictEqual([...r2.value], [3, 4, 5]);
  const r3 = await reader.read(new Uint8Array(10));
  assert.strictEqual(r3.done, true);
  assert.strictEqual(r3.value.byteLength, 0);

  // A default reader on a byte stream.
  const rs2 = new ReadableStream({
    type: 'bytes',
    pull(c) {
      c.enqueue(new Uint8Array([9, 9]));
      c.close();
    },
  });
  const d = rs2.getReader();
  const v = await d.read();
  assert.ok(v.value instanceof Uint8Array);
  assert.deepStrictEqual([...v.value], [9, 9]);
  assert.strictEqual((await d.read()).done, true);

  // BYOB on a default stream is refused; a zero-length view is refused.
  assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), { code: 'ERR_INVALID_ARG_VALUE' });
  const rs3 = new ReadableStream({ type: 'bytes' });
  await assert.rejects(rs3.getReader({ mode: 'byob' }).read(new Uint8Array(0)), TypeError);
  assert.throws(() => new ReadableStream({ type: 'nope' }), { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());
