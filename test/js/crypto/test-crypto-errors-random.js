'use strict';
// randomBytes/randomInt/randomFill/randomUUID argument errors as Node reports them.
// Expected values were recorded by running reference Node 24 on the same inputs.
require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const rows = [
 [
  "crypto.randomBytes(-1)",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"size\" is out of range. It must be >= 0 && <= 2147483647. Received -1"
  }
 ],
 [
  "crypto.randomBytes('1')",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"size\" argument must be of type number. Received type string ('1')"
  }
 ],
 [
  "crypto.randomInt(5, 1)",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"max\" is out of range. It must be greater than the value of \"min\" (5). Received 1"
  }
 ],
 [
  "crypto.randomInt(1.5)",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"max\" argument must be a safe integer. Received type number (1.5)"
  }
 ],
 [
  "crypto.randomInt(2 ** 48)",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"max\" is out of range. It must be <= 281474976710655. Received 281_474_976_710_656"
  }
 ],
 [
  "crypto.randomFillSync(Buffer.alloc(4), 5)",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received 5"
  }
 ],
 [
  "crypto.randomFillSync(Buffer.alloc(4), 0, 5)",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"size + offset\" is out of range. It must be <= 4. Received 5"
  }
 ],
 [
  "crypto.randomFillSync('x')",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"buf\" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type string ('x')"
  }
 ],
 [
  "crypto.randomUUID({ disableEntropyCache: 1 })",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"options.disableEntropyCache\" property must be of type boolean. Received type number (1)"
  }
 ],
 [
  "crypto.getRandomValues(new Float32Array(2))",
  {
   "name": "TypeMismatchError",
   "code": 17,
   "message": "The data argument must be an integer-type TypedArray"
  }
 ],
 [
  "crypto.getRandomValues(new Uint8Array(65537))",
  {
   "name": "QuotaExceededError",
   "code": 22,
   "message": "The requested length exceeds 65,536 bytes"
  }
 ]
];
for (const [src, expected] of rows) {
  const fn = new Function('crypto', 'zlib', 'Buffer', 'bytes', `return (${src});`);
  let got = null;
  try {
    fn(crypto, undefined, Buffer, bytes);
  } catch (e) {
    got = JSON.parse(JSON.stringify({ name: e.name, code: e.code, message: e.message }));
  }
  assert.deepStrictEqual(got, expected, src);
}
