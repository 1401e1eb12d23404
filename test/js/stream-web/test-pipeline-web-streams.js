'use strict';
// stream.pipeline with web streams anywhere in the chain: a ReadableStream source, a
// TransformStream in the middle, a WritableStream destination, mixed with Node streams and
// async generator functions; a failing transform rejects the pipeline.
const common = require('../../common');
const assert = require('assert');
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

const upper = () => new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });

(async () => {
  const out = [];
  await pipelinePromise(ReadableStream.from(['a', 'b']), upper(),
                        new WritableStream({ write(c) { out.push(c); } }));
  assert.deepStrictEqual(out, ['A', 'B']);

  const out2 = [];
  await pipelinePromise(Readable.from(['x', 'y']), upper(),
                        new Writable({ objectMode: true, write(c, e, cb) { out2.push(c); cb(); } }));
  assert.deepStrictEqual(out2, ['X', 'Y']);

  const out3 = [];
  await pipelinePromise(ReadableStream.from([1, 2]), async function* (source) {
    for await (const c of source) yield c * 10;
  }, new WritableStream({ write(c) { out3.push(c); } }));
  assert.deepStrictEqual(out3, [10, 20]);

  await assert.rejects(pipelinePromise(ReadableStream.from(['q']),
                                       new TransformStream({ transform() { throw new Error('tx fail'); } }),
                                       new WritableStream()), /tx fail/);

  const got = [];
  await new Promise((resolve) => {
    pipeline(ReadableStream.from(['cb']), new PassThrough({ objectMode: true }),
             new WritableStream({ write(c) { got.push(c); } }), common.mustCall((err) => {
               assert.ifError(err);
               resolve();
             }));
  });
  assert.deepStrictEqual(got, ['cb']);
})().then(common.mustCall());
