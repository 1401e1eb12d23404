'use strict';
// Blob's promise methods: text() (UTF-8 decode, BOM dropped), arrayBuffer()/bytes() copies,
// slices by relative offsets, and rejections (not throws) for a wrong receiver.
const common = require('../../common');
const assert = require('assert');
const { Blob } = require('buffer');

(async () => {
  const b = new Blob(['hello world'], { type: 'text/plain' });
  assert.strictEqual(await b.text(), 'hello world');
  assert.strictEqual(await b.slice(-5).text(), 'world');
  assert.strictEqual(await b.slice(3, 1).text(), '');
  assert.strictEqual(await b.slice(2).text(), 'llo world');
  assert.strictEqual(b.slice(0, 100).size, 11);
  assert.strictEqual(b.slice('2', '4').size, 2);
  assert.strictEqual(b.slice().type, '');
  assert.strictEqual(b.slice(0, 1, 'X/Y').type, 'x/y');
  assert.strictEqual(await b.slice(1, 8).slice(2, 4).text(), 'lo');

  const ab = await b.arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual(Buffer.from(ab), Buffer.from('hello world'));
  new Uint8Array(ab)[0] = 0;
  assert.strictEqual(await b.text(), 'hello world'); // a copy
  const bytes = await b.bytes();
  assert.strictEqual(Object.getPrototypeOf(bytes), Uint8Array.prototype);
  assert.strictEqual(bytes.length, 11);
  assert.strictEqual((await b.slice(0, 5).arrayBuffer()).byteLength, 5);

  assert.strictEqual(await new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff])]).text(), 'a\ufffd');
  assert.strictEqual(await new Blob(['a\r\nb\rc'], { endings: 'native' }).text(), 'a\nb\nc');
  assert.strictEqual(await new Blob(['a\r\nb'], { endings: 'transparent' }).text(), 'a\r\nb');
  const parts = new Blob(['ab', new Uint8Array([99]), new Blob(['d']), new Uint16Array([0x6665]).buffer, 1, null, {}]);
  assert.strictEqual(await parts.text(), 'abcdef1null[object Object]');

  await assert.rejects(Blob.prototype.text.call({}), { code: 'ERR_INVALID_THIS', name: 'TypeError' });
  await assert.rejects(Blob.prototype.arrayBuffer.call(null), { code: 'ERR_INVALID_THIS' });
  assert.throws(() => Blob.prototype.slice.call({}), { code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());
