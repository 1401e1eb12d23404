'use strict';
// Byte mode: strings become Buffers, Uint8Arrays become Buffers, read()
// concatenates, empty chunks are ignored.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('ab');
r.push(new Uint8Array([0x63]));
r.push('');
r.push(Buffer.from('d'));
r.push('ZQ==', 'base64');
assert.strictEqual(r.readableLength, 5);
const all = r.read();
assert.ok(Buffer.isBuffer(all));
assert.strictEqual(all.toString(), 'abcde');

// A bad chunk errors the stream.
const bad = new Readable({ read() {} });
bad.on('error', common.mustCall((e) => {
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(e.message, 'The "chunk" argument must be of type string or an instance of ' +
    'Buffer, TypedArray, or DataView. Received type number (5)');
}));
bad.push(5);
