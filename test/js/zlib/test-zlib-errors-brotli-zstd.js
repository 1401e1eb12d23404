'use strict';
// brotli and zstd failures (bad data, truncation, bad parameters, too large output) with Node's codes, errnos and messages.
// Expected values were recorded by running reference Node 24 on the same inputs.
require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const rows = [
 [
  "zlib.brotliDecompressSync(Buffer.from('hello world garbage'))",
  {
   "name": "Error",
   "code": "ERR__ERROR_FORMAT_CL_SPACE",
   "message": "Decompression failed"
  }
 ],
 [
  "zlib.brotliDecompressSync(zlib.brotliCompressSync('hello').subarray(0, 3))",
  {
   "name": "Error",
   "code": "Z_BUF_ERROR",
   "message": "unexpected end of file"
  }
 ],
 [
  "zlib.zstdDecompressSync(Buffer.from('hello world garbage'))",
  {
   "name": "Error",
   "code": "ZSTD_error_prefix_unknown",
   "message": "Unknown frame descriptor"
  }
 ],
 [
  "zlib.zstdDecompressSync(zlib.zstdCompressSync('hello').subarray(0, 6))",
  {
   "name": "Error",
   "code": "Z_BUF_ERROR",
   "message": "unexpected end of file"
  }
 ],
 [
  "zlib.brotliCompressSync('x', { params: { 99: 1 } })",
  {
   "name": "RangeError",
   "code": "ERR_BROTLI_INVALID_PARAM",
   "message": "99 is not a valid Brotli parameter"
  }
 ],
 [
  "zlib.brotliCompressSync('x', { params: { 1: 'a' } })",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"options.params[key]\" property must be of type number. Received type string ('a')"
  }
 ],
 [
  "zlib.zstdCompressSync('x', { params: { 9999: 1 } })",
  {
   "name": "RangeError",
   "code": "ERR_ZSTD_INVALID_PARAM",
   "message": "9999 is not a valid zstd parameter"
  }
 ],
 [
  "zlib.brotliDecompressSync(zlib.brotliCompressSync('x'.repeat(1000)), { maxOutputLength: 10 })",
  {
   "name": "RangeError",
   "code": "ERR_BUFFER_TOO_LARGE",
   "message": "Cannot create a Buffer larger than 10 bytes"
  }
 ],
 [
  "zlib.zstdDecompressSync(zlib.zstdCompressSync('x'.repeat(1000)), { maxOutputLength: 10 })",
  {
   "name": "RangeError",
   "code": "ERR_BUFFER_TOO_LARGE",
   "message": "Cannot create a Buffer larger than 10 bytes"
  }
 ],
 [
  "zlib.brotliDecompressSync(Buffer.alloc(0))",
  {
   "name": "Error",
   "code": "Z_BUF_ERROR",
   "message": "unexpected end of file"
  }
 ],
 [
  "zlib.zstdDecompressSync(Buffer.alloc(0))",
  {
   "name": "Error",
   "code": "Z_BUF_ERROR",
   "message": "unexpected end of file"
  }
 ],
 [
  "zlib.brotliCompressSync(5)",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"buffer\" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received type number (5)"
  }
 ]
];
for (const [src, expected] of rows) {
  const fn = new Function('crypto', 'zlib', 'Buffer', 'bytes', `return (${src});`);
  let got = null;
  try {
    fn(undefined, zlib, Buffer, bytes);
  } catch (e) {
    got = JSON.parse(JSON.stringify({ name: e.name, code: e.code, message: e.message }));
  }
  assert.deepStrictEqual(got, expected, src);
}
