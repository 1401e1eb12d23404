'use strict';
// CompressionStream/DecompressionStream round trips for gzip, deflate and deflate-raw; an
// unknown format throws; corrupt input errors the readable.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const consumers = require('stream/consumers');
const { ReadableStream } = require('stream/web');

(async () => {
  const input = 'compress me '.repeat(100);
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const compressed = await consumers.buffer(
      ReadableStream.from([new TextEncoder().encode(input)]).pipeThrough(new CompressionStream(format)));
    assert.ok(compressed.length < input.length, format);
    const back = await consumers.text(
      ReadableStream.from([compressed]).pipeThrough(new DecompressionStream(format)));
    assert.strictEqual(back, input, format);
  }
  const viaZlib = await consumers.text(
    ReadableStream.from([zlib.gzipSync('from zlib')]).pipeThrough(new DecompressionStream('gzip')));
  assert.strictEqual(viaZlib, 'from zlib');
  assert.throws(() => new CompressionStream('zip'), TypeError);
  await assert.rejects(consumers.text(
    ReadableStream.from([new Uint8Array([1, 2, 3, 4])]).pipeThrough(new DecompressionStream('gzip'))));
})().then(common.mustCall());
