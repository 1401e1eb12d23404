'use strict';
// TextEncoderStream/TextDecoderStream: UTF-8 round trip with a surrogate pair split across
// string chunks and a multi-byte character split across byte chunks; encoding/fatal/ignoreBOM.
const common = require('../../common');
const assert = require('assert');
const { ReadableStream, TextDecoderStream, TextEncoderStream } = require('stream/web');

async function all(stream) {
  const out = [];
  for await (const v of stream) out.push(v);
  return out;
}

(async () => {
  const enc = new TextEncoderStream();
  assert.strictEqual(enc.encoding, 'utf-8');
  const bytes = await all(ReadableStream.from(['hé', 'llo \ud83d', '\ude00']).pipeThrough(enc));
  assert.ok(bytes.every((b) => b instanceof Uint8Array));
  assert.strictEqual(Buffer.concat(bytes).toString(), 'héllo 😀');

  const dec = new TextDecoderStream();
  assert.strictEqual(dec.encoding, 'utf-8');
  assert.strictEqual(dec.fatal, false);
  assert.strictEqual(dec.ignoreBOM, false);
  const euro = Buffer.from('€uro');
  const text = await all(ReadableStream.from([euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)])
    .pipeThrough(dec));
  assert.strictEqual(text.join(''), '€uro');

  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  assert.strictEqual(fatal.fatal, true);
  await assert.rejects(all(ReadableStream.from([new Uint8Array([0xff])]).pipeThrough(fatal)), TypeError);

  const latin = new TextDecoderStream('latin1');
  assert.strictEqual(latin.encoding, 'windows-1252');
})().then(common.mustCall());
