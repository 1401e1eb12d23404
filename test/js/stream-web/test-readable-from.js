'use strict';
// ReadableStream.from: arrays, generators, async generators, strings; a non-iterable throws;
// cancel calls the iterator's return().
const common = require('../../common');
const assert = require('assert');
const { ReadableStream } = require('stream/web');

async function all(stream) {
  const out = [];
  for await (const v of stream) out.push(v);
  return out;
}

(async () => {
  assert.deepStrictEqual(await all(ReadableStream.from([1, 2, 3])), [1, 2, 3]);
  assert.deepStrictEqual(await all(ReadableStream.from('hey')), ['h', 'e', 'y']);
  assert.deepStrictEqual(await all(ReadableStream.from((function* () { yield 'a'; yield 'b'; })())), ['a', 'b']);
  assert.deepStrictEqual(await all(ReadableStream.from((async function* () {
    yield 1;
    await null;
    yield 2;
  })())), [1, 2]);
  assert.deepStrictEqual(await all(ReadableStream.from([Promise.resolve('p')])), ['p']);
  assert.throws(() => ReadableStream.from(5), { code: 'ERR_ARG_NOT_ITERABLE', message: '5 must be iterable' });
  assert.throws(() => ReadableStream.from({}), { code: 'ERR_ARG_NOT_ITERABLE' });
  assert.throws(() => ReadableStream.from(null), TypeError);

  let returned = false;
  const it = {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ value: 1, done: false }); },
    return() { returned = true; return Promise.resolve({ done: true }); },
  };
  const rs = ReadableStream.from(it);
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  await reader.cancel('enough');
  assert.strictEqual(returned, true);
})().then(common.mustCall());
