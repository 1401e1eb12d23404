'use strict';
// stream/consumers read a whole Node stream, web stream or async iterable as text, json,
// buffer, arrayBuffer, bytes or blob.
const common = require('../../common');
const assert = require('assert');
const consumers = require('stream/consumers');
const { Readable } = require('stream');
const { ReadableStream } = require('stream/web');

(async () => {
  assert.deepStrictEqual(Object.keys(consumers).sort(), ['arrayBuffer', 'blob', 'buffer', 'bytes', 'json', 'text']);
  assert.strictEqual(await consumers.text(ReadableStream.from(['a', 'b'])), 'ab');
  const euro = Buffer.from('€');
  assert.strictEqual(await consumers.text(Readable.from([euro.subarray(0, 2), euro.subarray(2)])), '€');
  assert.deepStrictEqual(await consumers.json(Readable.from(['{"x":', '1}'])), { x: 1 });
  const buf = await consumers.buffer(Readable.from([Buffer.from('zz'), 'yy']));
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'zzyy');
  const ab = await consumers.arrayBuffer(ReadableStream.from([new Uint8Array([1, 2]), new Uint8Array([3])]));
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [1, 2, 3]);
  const bytes = await consumers.bytes(ReadableStream.from([new Uint8Array([4])]));
  assert.ok(bytes instanceof Uint8Array);
  assert.deepStrictEqual([...bytes], [4]);
  const blob = await consumers.blob(Readable.from(['abc']));
  assert.strictEqual(blob.size, 3);
  assert.strictEqual(await blob.text(), 'abc');
  assert.strictEqual(await consumers.text((async function* () { yield 'g'; yield 'en'; })()), 'gen');
  await assert.rejects(consumers.json(Readable.from(['{'])), SyntaxError);
})().then(common.mustCall());
