'use strict';
// What require('stream') exposes, and the classes' static members.
require('../../common');
const assert = require('assert');
const stream = require('stream');

for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'Stream',
                    'pipeline', 'finished', 'compose', 'addAbortSignal', 'destroy', 'duplexPair',
                    'isReadable', 'isWritable', 'isErrored', 'isDisturbed', 'isDestroyed',
                    'getDefaultHighWaterMark', 'setDefaultHighWaterMark',
                    '_isUint8Array', '_isArrayBufferView', '_uint8ArrayToBuffer']) {
  assert.strictEqual(typeof stream[name], 'function', name);
}
assert.strictEqual(typeof stream.promises, 'object');
assert.strictEqual(stream.promises, require('stream/promises'));
assert.strictEqual(require('node:stream'), stream);
assert.strictEqual(typeof stream.Readable.ReadableState, 'function');
assert.strictEqual(typeof stream.Writable.WritableState, 'function');
assert.strictEqual(typeof stream.Readable.from, 'function');
assert.strictEqual(typeof stream.Duplex.from, 'function');
assert.strictEqual(stream._isUint8Array(new Uint8Array(1)), true);
assert.strictEqual(stream._isUint8Array(new Uint16Array(1)), false);
assert.strictEqual(stream._isArrayBufferView(new DataView(new ArrayBuffer(1))), true);
// Constructors work without new.
assert.ok(stream.Readable() instanceof stream.Readable);
assert.ok(stream.Writable() instanceof stream.Writable);
assert.ok(stream.Duplex() instanceof stream.Duplex);
assert.ok(stream.Transform() instanceof stream.Transform);
