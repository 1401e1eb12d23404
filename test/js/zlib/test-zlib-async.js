'use strict';
// The callback convenience functions, crc32, constants and codes.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

const data = Buffer.from('async zlib data '.repeat(1000));
for (const [c, d] of [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['deflate', 'unzip']]) {
  zlib[c](data, common.mustSucceed((z) => {
    assert.ok(Buffer.isBuffer(z));
    assert.ok(z.length < data.length);
    zlib[d](z, common.mustSucceed((out) => assert.deepStrictEqual(out, data)));
  }));
}
zlib.gzip('str', { level: 9 }, common.mustSucceed((z) => assert.strictEqual(zlib.gunzipSync(z).toString(), 'str')));
zlib.deflateSync(new Uint8Array([1, 2, 3]));
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(new ArrayBuffer(3))).length, 3);
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(new DataView(new ArrayBuffer(5)))).length, 5);

assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32('hello', 5), 4277152246);
assert.strictEqual(zlib.crc32(Buffer.from('hello')), 907060870);
assert.strictEqual(zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')), zlib.crc32('hello world'));
assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32('h\u00e9llo \u{1F600}'), zlib.crc32(Buffer.from('h\u00e9llo \u{1F600}')));
assert.throws(() => zlib.crc32(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => zlib.crc32('a', 'b'), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(zlib.constants.Z_BEST_COMPRESSION, 9);
assert.strictEqual(zlib.constants.GUNZIP, 4);
assert.strictEqual(zlib.constants.Z_MAX_CHUNK, Infinity);
assert.strictEqual(Object.getPrototypeOf(zlib.constants), null);
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
assert.ok(Object.isFrozen(zlib.codes));
