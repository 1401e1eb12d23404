'use strict';
// Readable.from(): arrays, generators, async generators, strings, promises.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = Readable.from([1, 2]);
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 1);
  assert.deepStrictEqual(await r.toArray(), [1, 2]);

  assert.deepStrictEqual(await Readable.from(function* () { yield 'a'; yield 'b'; }()).toArray(), ['a', 'b']);
  assert.deepStrictEqual(
    await Readable.from(async function* () { yield 'x'; yield 'y'; }()).toArray(), ['x', 'y']);
  // A string is one chunk, not characters.
  assert.deepStrictEqual(await Readable.from('hello').toArray(), ['hello']);
  // Promises from a sync iterable are awaited.
  assert.deepStrictEqual(
    await Readable.from([Promise.resolve(1), 2, Promise.resolve(3)]).toArray(), [1, 2, 3]);
  // Options pass through.
  const r2 = Readable.from(['a'], { objectMode: false });
  assert.strictEqual(r2.readableObjectMode, false);

  assert.throws(() => Readable.from(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "iterable" argument must be an instance of Iterable. Received type number (5)',
  });

  // A null value is an error.
  await assert.rejects(Readable.from([1, null]).toArray(), { code: 'ERR_STREAM_NULL_VALUES' });
})().then(common.mustCall());
