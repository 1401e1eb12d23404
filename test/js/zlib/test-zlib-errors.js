'use strict';
// zlib's errors as Node reports them: errno and code from zlib, its messages, and option checks.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

function zerr(code, errno, message) {
  return { name: 'Error', code, errno, message };
}
assert.throws(() => zlib.inflateSync(Buffer.from('hello')), zerr('Z_DATA_ERROR', -3, 'incorrect header check'));
assert.throws(() => zlib.gunzipSync(Buffer.from('hello')), zerr('Z_DATA_ERROR', -3, 'incorrect header check'));
assert.throws(() => zlib.gunzipSync(zlib.gzipSync('hello').subarray(0, 10)),
              zerr('Z_BUF_ERROR', -5, 'unexpected end of file'));
assert.throws(() => zlib.inflateSync(zlib.deflateSync('hello').subarray(0, 5)),
              zerr('Z_BUF_ERROR', -5, 'unexpected end of file'));
assert.throws(() => zlib.inflateSync(Buffer.alloc(0)), zerr('Z_BUF_ERROR', -5, 'unexpected end of file'));
assert.throws(() => zlib.gunzipSync(Buffer.alloc(0)), zerr('Z_BUF_ERROR', -5, 'unexpected end of file'));
assert.throws(() => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])), zerr('Z_DATA_ERROR', -3, 'invalid block type'));
{
  const g = zlib.gzipSync('hello');
  g[g.length - 5] ^= 1;
  assert.throws(() => zlib.gunzipSync(g), zerr('Z_DATA_ERROR', -3, 'incorrect data check'));
  const h = zlib.gzipSync('hello');
  h[h.length - 1] ^= 1;
  assert.throws(() => zlib.gunzipSync(h), zerr('Z_DATA_ERROR', -3, 'incorrect length check'));
  const d = zlib.deflateSync('hello');
  d[d.length - 1] ^= 1;
  assert.throws(() => zlib.inflateSync(d), zerr('Z_DATA_ERROR', -3, 'incorrect data check'));
}
{
  const withDict = zlib.deflateSync('hello', { dictionary: Buffer.from('hello') });
  assert.throws(() => zlib.inflateSync(withDict), zerr('Z_NEED_DICT', 2, 'Missing dictionary'));
  assert.strictEqual(zlib.inflateSync(withDict, { dictionary: Buffer.from('hello') }).toString(), 'hello');
}
assert.throws(() => zlib.inflateSync(zlib.deflateSync('abc'), { maxOutputLength: 2 }), {
  name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE', message: 'Cannot create a Buffer larger than 2 bytes',
});

// option checks
assert.throws(() => zlib.createGzip({ level: 99 }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 99',
});
assert.throws(() => zlib.createGzip({ windowBits: 3 }), {
  message: 'The value of "options.windowBits" is out of range. It must be >= 9 and <= 15. Received 3',
});
assert.throws(() => zlib.createDeflate({ windowBits: 0 }), {
  message: 'The value of "options.windowBits" is out of range. It must be >= 8 and <= 15. Received 0',
});
zlib.createInflate({ windowBits: 0 });
zlib.createUnzip({ windowBits: 0 });
assert.throws(() => zlib.createGzip({ strategy: 9 }), {
  message: 'The value of "options.strategy" is out of range. It must be >= 0 and <= 4. Received 9',
});
assert.throws(() => zlib.createGzip({ memLevel: 0 }), {
  message: 'The value of "options.memLevel" is out of range. It must be >= 1 and <= 9. Received 0',
});
assert.throws(() => zlib.createGzip({ chunkSize: 10 }), {
  message: 'The value of "options.chunkSize" is out of range. It must be >= 64. Received 10',
});
assert.throws(() => zlib.createGzip({ flush: 10 }), {
  message: 'The value of "options.flush" is out of range. It must be >= 0 and <= 5. Received 10',
});
assert.throws(() => zlib.createGzip({ level: 'x' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.level" property must be of type number. Received type string (\'x\')',
});
assert.throws(() => zlib.createGzip({ level: Infinity }), {
  message: 'The value of "options.level" is out of range. It must be a finite number. Received Infinity',
});
zlib.createGzip({ level: NaN });
assert.throws(() => zlib.createGzip({ dictionary: 'abc' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, DataView, or ' +
    'ArrayBuffer. Received type string (\'abc\')',
});
assert.throws(() => zlib.createGzip({ maxOutputLength: 0 }), {
  message: 'The value of "options.maxOutputLength" is out of range. It must be >= 1 and <= 9007199254740991. Received 0',
});
assert.throws(() => zlib.gzipSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, ' +
    'or ArrayBuffer. Received type number (5)',
});
{
  const g = zlib.createGzip();
  assert.throws(() => g.params(99, 0, common.mustNotCall()), {
    message: 'The value of "level" is out of range. It must be >= -1 and <= 9. Received 99',
  });
  assert.throws(() => g.params(1, 99, common.mustNotCall()), {
    message: 'The value of "strategy" is out of range. It must be >= 0 and <= 4. Received 99',
  });
}

// the callback forms report the same errors
zlib.gunzip(Buffer.from('bad'), common.mustCall((err, result) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(result, undefined);
}));
// a stream emits them as 'error'
const inflate = zlib.createInflate();
inflate.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.message, 'incorrect header check');
}));
inflate.end(Buffer.from('not zlib data'));
