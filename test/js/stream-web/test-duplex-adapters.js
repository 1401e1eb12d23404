'use strict';
// Duplex.toWeb gives a {readable, writable} pair over a Node duplex; Duplex.fromWeb and
// Duplex.from({readable, writable}) wrap a web pair as a Node Duplex; finished() watches web
// streams.
const common = require('../../common');
const assert = require('assert');
const { Duplex, PassThrough, finished } = require('stream');
const { ReadableStream, TransformStream, WritableStream } = require('stream/web');

(async () => {
  const pair = Duplex.toWeb(new PassThrough());
  assert.ok(pair.readable instanceof ReadableStream);
  assert.ok(pair.writable instanceof WritableStream);
  const w = pair.writable.getWriter();
  w.write(new Uint8Array([1, 2]));
  w.close();
  const got = [];
  for await (const c of pair.readable) got.push(...c);
  assert.deepStrictEqual(got, [1, 2]);

  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
  const d = Duplex.fromWeb(ts, { encoding: 'utf8' });
  assert.ok(d instanceof Duplex);
  d.end('abc');
  let text = '';
  for await (const c of d) text += c;
  assert.strictEqual(text, 'ABC');

  const d2 = Duplex.from(new TransformStream());
  d2.end('x');
  let t2 = '';
  for await (const c of d2) t2 += c;
  assert.strictEqual(t2, 'x');

  const rs = ReadableStream.from([1]);
  const done = new Promise((resolve) => finished(rs, resolve));
  for await (const v of rs) assert.strictEqual(v, 1);
  assert.strictEqual(await done, undefined);
})().then(common.mustCall());
