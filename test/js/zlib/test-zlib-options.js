'use strict';
// One-shot options: every level and strategy round-trips, a smaller level is never smaller
// output on compressible data, chunkSize validation, dictionaries for raw streams,
// ArrayBuffer/TypedArray/DataView/string inputs, and reset() for reuse.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

const text = Buffer.from('abcabcabc the lazy dog '.repeat(500));
const sizes = [];
for (let level = -1; level <= 9; level++) {
  const z = zlib.deflateSync(text, { level });
  assert.deepStrictEqual(zlib.inflateSync(z), text, `level ${level}`);
  sizes[level + 1] = z.length;
}
assert.ok(sizes[1] > text.length, 'level 0 stores');
assert.ok(sizes[10] <= sizes[2], 'level 9 compresses at least as well as level 1');
for (let strategy = 0; strategy <= 4; strategy++) {
  assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync(text, { strategy })), text, `strategy ${strategy}`);
}
for (const windowBits of [9, 12, 15]) {
  assert.deepStrictEqual(zlib.inflateRawSync(zlib.deflateRawSync(text, { windowBits, memLevel: 1 })), text);
}
assert.throws(() => zlib.deflateSync(text, { chunkSize: 63 }), { code: 'ERR_OUT_OF_RANGE' });

// raw streams with a dictionary need it on both sides
{
  const dictionary = Buffer.from('the lazy dog abc');
  const z = zlib.deflateRawSync(text, { dictionary });
  assert.deepStrictEqual(zlib.inflateRawSync(z, { dictionary }), text);
  assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(text, { dictionary: dictionary.buffer.slice(
    dictionary.byteOffset, dictionary.byteOffset + dictionary.length) }), { dictionary }), text);
}

// input kinds
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('a string')).toString(), 'a string');
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(new Uint16Array([0x6968]))).toString(), 'hi');
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(new DataView(new ArrayBuffer(2)))).length, 2);
{
  const z = zlib.deflateSync(text);
  assert.strictEqual(zlib.inflateSync(z.buffer.slice(z.byteOffset, z.byteOffset + z.length)).length, text.length);
}

// empty input
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('')).length, 0);
assert.strictEqual(zlib.inflateRawSync(zlib.deflateRawSync(Buffer.alloc(0))).length, 0);

// reset() lets a stream be reused after an error-free end of input
{
  const inflate = zlib.createInflate();
  inflate.reset();
  const out = [];
  inflate.on('data', (c) => out.push(c));
  inflate.on('end', common.mustCall(() => assert.deepStrictEqual(Buffer.concat(out), text)));
  inflate.end(zlib.deflateSync(text));
}
