'use strict';
// Duplex.from(): async generator functions, iterables, promises, pairs.
const common = require('../../common');
const assert = require('assert');
const { Duplex, Readable, Writable, PassThrough } = require('stream');

(async () => {
  const d = Duplex.from(async function* (source) {
    for await (const x of source) yield String(x).toUpperCase();
  });
  d.write('a');
  d.end('b');
  assert.deepStrictEqual(await d.toArray(), ['A', 'B']);

  // An iterable: read-only.
  const it = Duplex.from([1, 2]);
  assert.strictEqual(it.writable, false);
  assert.deepStrictEqual(await it.toArray(), [1, 2]);

  // A promise: its value is the single chunk.
  assert.deepStrictEqual(await Duplex.from(Promise.resolve('v')).toArray(), ['v']);

  // A Duplex is returned as is.
  const p = new PassThrough();
  assert.strictEqual(Duplex.from(p), p);

  // { readable, writable } pair.
  const written = [];
  const pair = Duplex.from({
    readable: Readable.from(['r1', 'r2']),
    writable: new Writable({ objectMode: true, write(c, e, cb) { written.push(c); cb(); } }),
  });
  pair.end('w1');
  assert.deepStrictEqual(await pair.toArray(), ['r1', 'r2']);
  assert.deepStrictEqual(written, ['w1']);

  // An async function consuming the writes: write-only.
  const seen = [];
  const sink = Duplex.from(async function(source) {
    for await (const x of source) seen.push(x);
  });
  assert.strictEqual(sink.readable, false);
  sink.end('s');
  await new Promise((resolve) => sink.on('finish', resolve));
  assert.deepStrictEqual(seen, ['s']);
})().then(common.mustCall());

assert.throws(() => Duplex.from(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /The "body" argument must be of type function or an instance of Blob, ReadableStream/,
});
