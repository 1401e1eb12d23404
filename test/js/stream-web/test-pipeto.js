'use strict';
// pipeTo: every chunk arrives and the destination closes; preventClose keeps it open; a
// source error aborts the destination; a destination error cancels the source; an
// AbortSignal stops the pipe with an AbortError; both streams are locked while piping.
const common = require('../../common');
const assert = require('assert');
const { ReadableStream, WritableStream } = require('stream/web');

(async () => {
  const got = [];
  let closed = false;
  const rs = ReadableStream.from([1, 2, 3]);
  const ws = new WritableStream({ write(c) { got.push(c); }, close() { closed = true; } });
  const p = rs.pipeTo(ws);
  assert.strictEqual(rs.locked, true);
  assert.strictEqual(ws.locked, true);
  await p;
  assert.deepStrictEqual(got, [1, 2, 3]);
  assert.strictEqual(closed, true);
  assert.strictEqual(rs.locked, false);

  const ws2 = new WritableStream();
  await ReadableStream.from(['x']).pipeTo(ws2, { preventClose: true });
  const w2 = ws2.getWriter();
  await w2.write('still open');

  let abortReason;
  const err = new Error('source failed');
  const bad = new ReadableStream({ start(c) { c.error(err); } });
  await assert.rejects(bad.pipeTo(new WritableStream({ abort(r) { abortReason = r; } })), err);
  assert.strictEqual(abortReason, err);

  let cancelReason;
  const sinkErr = new Error('sink failed');
  const src = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { cancelReason = r; } });
  await assert.rejects(src.pipeTo(new WritableStream({ write() { throw sinkErr; } })), sinkErr);
  assert.strictEqual(cancelReason, sinkErr);

  const ac = new AbortController();
  const endless = new ReadableStream({ pull(c) { c.enqueue(0); } });
  const slow = new WritableStream({ write() { return new Promise((resolve) => setImmediate(resolve)); } });
  const piping = endless.pipeTo(slow, { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  await assert.rejects(piping, { name: 'AbortError' });

  await assert.rejects(ReadableStream.from([]).pipeTo({}), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
