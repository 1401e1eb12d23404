'use strict';
// TransformStream: transform() maps chunks, flush() adds a last one, the identity transform
// passes chunks through, terminate() closes the readable and errors the writable.
const common = require('../../common');
const assert = require('assert');
const { ReadableStream, TransformStream, WritableStream } = require('stream/web');

async function all(stream) {
  const out = [];
  for await (const v of stream) out.push(v);
  return out;
}

(async () => {
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
    flush(c) { c.enqueue('!'); },
  });
  assert.deepStrictEqual(await all(ReadableStream.from(['a', 'b']).pipeThrough(upper)), ['A', 'B', '!']);

  const identity = new TransformStream();
  const writer = identity.writable.getWriter();
  writer.write(1);
  writer.write(2);
  writer.close();
  assert.deepStrictEqual(await all(identity.readable), [1, 2]);

  const doubled = new TransformStream({
    transform(chunk, c) {
      c.enqueue(chunk);
      c.enqueue(chunk);
    },
  });
  assert.deepStrictEqual(await all(ReadableStream.from([1, 2]).pipeThrough(doubled)), [1, 1, 2, 2]);

  let ctl;
  const ts = new TransformStream({ start(c) { ctl = c; } });
  ctl.terminate();
  assert.deepStrictEqual(await ts.readable.getReader().read(), { value: undefined, done: true });
  await assert.rejects(ts.writable.getWriter().write(1), TypeError);

  const failing = new TransformStream({ transform() { throw new Error('tx'); } });
  await assert.rejects(
    ReadableStream.from([1]).pipeThrough(failing).pipeTo(new WritableStream()), /tx/);
})().then(common.mustCall());
