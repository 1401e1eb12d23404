'use strict';
// stream/promises pipeline() resolves with the destination's value, rejects
// with the first error, and honours { signal } and { end }.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');
const { pipeline } = require('stream/promises');
assert.strictEqual(require('stream').promises.pipeline, pipeline);

(async () => {
  const got = [];
  const w = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
  assert.strictEqual(await pipeline(Readable.from([1, 2]), w), undefined);
  assert.deepStrictEqual(got, [1, 2]);

  const sum = await pipeline(Readable.from([1, 2, 3]), async (src) => {
    let s = 0;
    for await (const x of src) s += x;
    return s;
  });
  assert.strictEqual(sum, 6);

  await assert.rejects(pipeline(Readable.from([1]), new Writable({
    objectMode: true, write(c, e, cb) { cb(new Error('nope')); },
  })), { message: 'nope' });

  const ac = new AbortController();
  const p = pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });

  const dest = new PassThrough({ objectMode: true });
  await pipeline(Readable.from(['x']), dest, { end: false });
  assert.strictEqual(dest.writableEnded, false);
})().then(common.mustCall());
