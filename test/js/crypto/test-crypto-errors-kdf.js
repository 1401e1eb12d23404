'use strict';
// pbkdf2/hkdf/scrypt argument errors as Node reports them.
// Expected values were recorded by running reference Node 24 on the same inputs.
require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const rows = [
 [
  "crypto.pbkdf2Sync('p', 's', 0, 10, 'sha256')",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"iterations\" is out of range. It must be >= 1 && <= 2147483647. Received 0"
  }
 ],
 [
  "crypto.pbkdf2Sync('p', 's', 1, -1, 'sha256')",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"keylen\" is out of range. It must be >= 0 && <= 2147483647. Received -1"
  }
 ],
 [
  "crypto.pbkdf2Sync('p', 's', 1, 10, 'nope')",
  {
   "name": "TypeError",
   "code": "ERR_CRYPTO_INVALID_DIGEST",
   "message": "Invalid digest: nope"
  }
 ],
 [
  "crypto.pbkdf2Sync('p', 's', 1, 10)",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"digest\" argument must be of type string. Received undefined"
  }
 ],
 [
  "crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1)",
  {
   "name": "RangeError",
   "code": "ERR_CRYPTO_INVALID_KEYLEN",
   "message": "Invalid key length"
  }
 ],
 [
  "crypto.hkdfSync('nope', 'k', 's', 'i', 10)",
  {
   "name": "TypeError",
   "code": "ERR_CRYPTO_INVALID_DIGEST",
   "message": "Invalid digest: nope"
  }
 ],
 [
  "crypto.scryptSync('p', 's', 10, { N: 3 })",
  {
   "name": "RangeError",
   "code": "ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
   "message": "Invalid scrypt params"
  }
 ],
 [
  "crypto.scryptSync('p', 's', -1)",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"keylen\" is out of range. It must be >= 0 && <= 2147483647. Received -1"
  }
 ],
 [
  "crypto.scryptSync('p', 's', 10, { N: 16, cost: 16 })",
  {
   "name": "TypeError",
   "code": "ERR_INCOMPATIBLE_OPTION_PAIR",
   "message": "Option \"N\" cannot be used in combination with option \"cost\""
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
