'use strict';
// stream/consumers: read a whole stream (Node Readable, web ReadableStream or any async
// iterable of strings and bytes) into one value.

const {
  ArrayPrototypePush,
  JSONParse,
  TypedArrayPrototypeSet,
  Uint8Array,
} = primordials;

async function collect(stream) {
  const { TextEncoder } = require('internal/encoding');
  let encoder;
  const chunks = [];
  let length = 0;
  for await (let chunk of stream) {
    if (typeof chunk === 'string') {
      encoder ??= new TextEncoder();
      chunk = encoder.encode(chunk);
    } else if (!(chunk instanceof Uint8Array)) {
      chunk = ArrayBuffer.isView(chunk) ?
        new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength) : new Uint8Array(chunk);
    }
    ArrayPrototypePush(chunks, chunk);
    length += chunk.byteLength;
  }
  return { chunks, length };
}

function concat({ chunks, length }) {
  const out = new Uint8Array(length);
  let offset = 0;
  for (let i = 0; i < chunks.length; i++) {
    TypedArrayPrototypeSet(out, chunks[i], offset);
    offset += chunks[i].byteLength;
  }
  return out;
}

async function blob(stream) {
  const { Blob } = require('internal/blob');
  const { chunks } = await collect(stream);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  return concat(await collect(stream)).buffer;
}

async function bytes(stream) {
  return concat(await collect(stream));
}

async function buffer(stream) {
  const { Buffer } = require('buffer');
  const u8 = concat(await collect(stream));
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

async function text(stream) {
  const { TextDecoder } = require('internal/encoding');
  const decoder = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += decoder.decode(chunk, { stream: true });
  }
  str += decoder.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  return JSONParse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, bytes, text, json };
