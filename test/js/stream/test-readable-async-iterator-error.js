'use strict';
// An error on the stream rejects the pending iteration; a throw inside the
// loop destroys the stream with it.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  setTimeout(() => r.destroy(new Error('iterr')), 1);
  const got = [];
  await assert.rejects(async () => {
    for await (const x of r) got.push(x);
  }, { message: 'iterr' });
  assert.deepStrictEqual(got, [1]);

  // Premature close without error is an error for the iterator.
  const r2 = new Readable({ objectMode: true, read() {} });
  setTimeout(() => r2.destroy(), 1);
  await assert.rejects(async () => {
    for await (const x of r2) assert.fail(x);
  }, { code: 'ERR_STREAM_PREMATURE_CLOSE' });

  const r3 = new Readable({ objectMode: true, read() {} });
  r3.push(1);
  // The stream is destroyed as for a break: with an AbortError.
  r3.on('error', common.mustCall((e) => assert.strictEqual(e.code, 'ABORT_ERR')));
  await assert.rejects(async () => {
    for await (const x of r3) throw new Error(`inside ${x}`);
  }, { message: 'inside 1' });
  assert.strictEqual(r3.destroyed, true);
})().then(common.mustCall());
