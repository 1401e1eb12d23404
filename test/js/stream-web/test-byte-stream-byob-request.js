'use strict';
// A pull-based byte source answering through controller.byobRequest: respond(n) fills the
// reader's view; respondWithNewView; autoAllocateChunkSize gives default readers a request.
const common = require('../../common');
const assert = require('assert');
const { ReadableStream } = require('stream/web');

(async () => {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const request = c.byobRequest;
      assert.ok(request.view instanceof Uint8Array);
      request.view[0] = ++n;
      request.respond(1);
      if (n === 3) {
        c.close();
      }
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const seen = [];
  for (;;) {
    const { value, done } = await reader.read(new Uint8Array(4));
    if (done) break;
    seen.push([...value]);
  }
  assert.deepStrictEqual(seen, [[1], [2], [3]]);

  const rs2 = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const view = c.byobRequest.view;
      const filled = new Uint8Array(view.buffer, view.byteOffset, 2);
      filled.set([7, 8]);
      c.byobRequest.respondWithNewView(filled);
    },
  });
  const r2 = await rs2.getReader({ mode: 'byob' }).read(new Uint8Array(5));
  assert.deepStrictEqual([...r2.value], [7, 8]);

  const rs3 = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 8,
    pull(c) {
      assert.strictEqual(c.byobRequest.view.byteLength, 8);
      c.byobRequest.view.set([5, 6, 7]);
      c.byobRequest.respond(3);
    },
  });
  const r3 = await rs3.getReader().read();
  assert.deepStrictEqual([...r3.value], [5, 6, 7]);

  // min: wait for at least that many elements.
  let m = 0;
  const rs4 = new ReadableStream({
    type: 'bytes',
    pull(c) { c.enqueue(new Uint8Array([++m])); },
  });
  const r4 = await rs4.getReader({ mode: 'byob' }).read(new Uint8Array(4), { min: 3 });
  assert.deepStrictEqual([...r4.value], [1, 2, 3]);
})().then(common.mustCall());
