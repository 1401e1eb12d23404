'use strict';
// for await over a Readable: all chunks, then the stream is closed.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = Readable.from([1, 2, 3]);
  const got = [];
  for await (const x of r) got.push(x);
  assert.deepStrictEqual(got, [1, 2, 3]);
  assert.strictEqual(r.readableEnded, true);

  // Data pushed later, asynchronously.
  const r2 = new Readable({ objectMode: true, read() {} });
  setTimeout(() => { r2.push('a'); r2.push(null); }, 1);
  const got2 = [];
  for await (const x of r2) got2.push(x);
  assert.deepStrictEqual(got2, ['a']);
})().then(common.mustCall());
