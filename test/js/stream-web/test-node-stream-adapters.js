'use strict';
// Readable.toWeb/fromWeb and Writable.toWeb/fromWeb carry data both ways; a Node readable
// seen as a web stream gives Uint8Arrays; errors cross the bridge.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');
const { ReadableStream, WritableStream } = require('stream/web');

(async () => {
  const web = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false }));
  assert.ok(web instanceof ReadableStream);
  const parts = [];
  for await (const c of web) {
    assert.ok(c instanceof Uint8Array);
    parts.push(Buffer.from(c).toString());
  }
  assert.deepStrictEqual(parts, ['ab', 'cd']);

  const objs = Readable.toWeb(Readable.from([{ a: 1 }, { b: 2 }]));
  const objParts = [];
  for await (const c of objs) objParts.push(c);
  assert.deepStrictEqual(objParts, [{ a: 1 }, { b: 2 }]);

  const node = Readable.fromWeb(ReadableStream.from(['q', 'r']), { objectMode: true });
  assert.ok(node instanceof Readable);
  const got = [];
  for await (const c of node) got.push(c);
  assert.deepStrictEqual(got, ['q', 'r']);

  const bytes = Readable.fromWeb(ReadableStream.from([new Uint8Array([104, 105])]));
  const chunks = [];
  for await (const c of bytes) chunks.push(c);
  assert.strictEqual(Buffer.concat(chunks).toString(), 'hi');

  const sink = [];
  const nodeW = new Writable({ write(c, e, cb) { sink.push(String(c)); cb(); } });
  const webW = Writable.toWeb(nodeW);
  assert.ok(webW instanceof WritableStream);
  const writer = webW.getWriter();
  await writer.write(new Uint8Array([104, 105]));
  await writer.close();
  assert.deepStrictEqual(sink, ['hi']);
  assert.strictEqual(nodeW.writableFinished, true);

  const collected = [];
  const nodeFromWeb = Writable.fromWeb(new WritableStream({ write(c) { collected.push(Buffer.from(c).toString()); } }));
  nodeFromWeb.write('one');
  nodeFromWeb.end('two');
  await new Promise((resolve) => nodeFromWeb.on('finish', resolve));
  assert.deepStrictEqual(collected, ['one', 'two']);

  const failing = Readable.fromWeb(new ReadableStream({ start(c) { c.error(new Error('web err')); } }));
  await assert.rejects(async () => { for await (const c of failing) assert.fail(c); }, /web err/);

  const broken = new Readable({ read() { this.destroy(new Error('node err')); } });
  await assert.rejects(async () => { for await (const c of Readable.toWeb(broken)) assert.fail(c); }, /node err/);
})().then(common.mustCall());
