'use strict';
// Blob.prototype.stream() is a byte ReadableStream of the blob's bytes (readable with a BYOB
// reader too); Response-free consumers read it.
const common = require('../../common');
const assert = require('assert');
const { ReadableStream } = require('stream/web');
const consumers = require('stream/consumers');

(async () => {
  const blob = new Blob(['hello ', 'world']);
  const s = blob.stream();
  assert.ok(s instanceof ReadableStream);
  assert.strictEqual(await consumers.text(s), 'hello world');

  const big = new Blob([new Uint8Array(200000).fill(7)]);
  let total = 0;
  for await (const chunk of big.stream()) {
    assert.ok(chunk instanceof Uint8Array);
    total += chunk.byteLength;
  }
  assert.strictEqual(total, 200000);

  const reader = new Blob(['abcdef']).stream().getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(4));
  assert.strictEqual(Buffer.from(value).toString(), 'abcd');
})().then(common.mustCall());
