'use strict';
// inflate/gunzip/unzip failures with Node's codes, errnos and messages.
// Expected values were recorded by running reference Node 24 on the same inputs.
require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const rows = [
 [
  "zlib.inflateSync(Buffer.from('garbage data here'))",
  {
   "name": "Error",
   "code": "Z_DATA_ERROR",
   "message": "incorrect header check"
  }
 ],
 [
  "zlib.gunzipSync(Buffer.from('garbage data here'))",
  {
   "name": "Error",
   "code": "Z_DATA_ERROR",
   "message": "incorrect header check"
  }
 ],
 [
  "zlib.unzipSync(Buffer.from('garbage data here'))",
  {
   "name": "Error",
   "code": "Z_DATA_ERROR",
   "message": "incorrect header check"
  }
 ],
 [
  "zlib.inflateSync(zlib.deflateSync('hello').subarray(0, 4))",
  {
   "name": "Error",
   "code": "Z_BUF_ERROR",
   "message": "unexpected end of file"
  }
 ],
 [
  "zlib.gunzipSync(zlib.gzipSync('hello').subarray(0, 15))",
  {
   "name": "Error",
   "code": "Z_BUF_ERROR",
   "message": "unexpected end of file"
  }
 ],
 [
  "zlib.inflateRawSync(Buffer.from([0xff, 0xff]))",
  {
   "name": "Error",
   "code": "Z_DATA_ERROR",
   "message": "invalid block type"
  }
 ],
 [
  "zlib.deflateSync('x', { level: 10 })",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"options.level\" is out of range. It must be >= -1 and <= 9. Received 10"
  }
 ],
 [
  "zlib.deflateSync('x', { chunkSize: 10 })",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"options.chunkSize\" is out of range. It must be >= 64. Received 10"
  }
 ],
 [
  "zlib.deflateSync('x', { windowBits: 16 })",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"options.windowBits\" is out of range. It must be >= 8 and <= 15. Received 16"
  }
 ],
 [
  "zlib.inflateSync(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 10 })",
  {
   "name": "RangeError",
   "code": "ERR_BUFFER_TOO_LARGE",
   "message": "Cannot create a Buffer larger than 10 bytes"
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
