'use strict';
// The web stream classes are globals (non-enumerable, as in Node) and are the same objects
// as stream/web's; the controller and request classes cannot be constructed by users.
require('../../common');
const assert = require('assert');
const web = require('stream/web');

for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
  'DecompressionStream']) {
  assert.strictEqual(globalThis[name], web[name], name);
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, false, name);
}
for (const name of ['ReadableStreamDefaultController', 'ReadableByteStreamController',
  'ReadableStreamBYOBRequest', 'WritableStreamDefaultController', 'TransformStreamDefaultController']) {
  assert.throws(() => new web[name](), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR' }, name);
}
assert.throws(() => new web.ReadableStreamDefaultReader({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => web.ReadableStream.prototype.getReader.call({}), { code: 'ERR_INVALID_THIS' });
