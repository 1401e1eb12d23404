'use strict';
// toArray, forEach, some, every, find, reduce.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const seen = [];
  assert.strictEqual(await Readable.from([1, 2]).forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, [1, 2]);
  assert.strictEqual(await Readable.from([1, 2, 3]).some((x) => x > 2), true);
  assert.strictEqual(await Readable.from([1, 2, 3]).some((x) => x > 5), false);
  assert.strictEqual(await Readable.from([1, 2, 3]).every((x) => x > 0), true);
  assert.strictEqual(await Readable.from([1, 2, 3]).every(async (x) => x > 1), false);
  assert.strictEqual(await Readable.from([1, 2, 3]).find((x) => x > 1), 2);
  assert.strictEqual(await Readable.from([1, 2, 3]).find((x) => x > 5), undefined);
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b), 6);
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10), 16);
  assert.strictEqual(await Readable.from([]).reduce((a, b) => a + b, 'init'), 'init');
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'Reduce of an empty stream requires an initial value',
  });
  // some() stops consuming at the first match: the stream is destroyed.
  const r = Readable.from([1, 2, 3, 4]);
  assert.strictEqual(await r.some((x) => x === 2), true);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(r.destroyed, true);

  const ac = new AbortController();
  ac.abort();
  await assert.rejects(Readable.from([1]).toArray({ signal: ac.signal }), { name: 'AbortError' });
  await assert.rejects(Readable.from([1]).reduce((a, b) => a + b, 0, { signal: ac.signal }),
                       { name: 'AbortError' });
})().then(common.mustCall());
