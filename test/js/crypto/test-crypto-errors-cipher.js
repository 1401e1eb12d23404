'use strict';
// Cipher misuse fails with Node's error names, codes and messages.
// Expected values were recorded by running reference Node 24 on the same inputs.
require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const rows = [
 [
  "crypto.createCipheriv('nope', bytes(16), bytes(16))",
  {
   "name": "Error",
   "code": "ERR_CRYPTO_UNKNOWN_CIPHER",
   "message": "Unknown cipher"
  }
 ],
 [
  "crypto.createCipheriv('aes-128-cbc', bytes(15), bytes(16))",
  {
   "name": "RangeError",
   "code": "ERR_CRYPTO_INVALID_KEYLEN",
   "message": "Invalid key length"
  }
 ],
 [
  "crypto.createCipheriv('aes-128-cbc', bytes(16), bytes(15))",
  {
   "name": "TypeError",
   "code": "ERR_CRYPTO_INVALID_IV",
   "message": "Invalid initialization vector"
  }
 ],
 [
  "crypto.createCipheriv('aes-128-gcm', bytes(16), bytes(12), { authTagLength: 3 })",
  {
   "name": "TypeError",
   "code": "ERR_CRYPTO_INVALID_AUTH_TAG",
   "message": "Invalid authentication tag length: 3"
  }
 ],
 [
  "crypto.createCipheriv('aes-128-cbc', 5, bytes(16))",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (5)"
  }
 ],
 [
  "(() => { const c = crypto.createCipheriv('aes-128-cbc', bytes(16), bytes(16)); c.final(); c.final(); })()",
  {
   "name": "Error",
   "code": "ERR_CRYPTO_INVALID_STATE",
   "message": "Invalid state"
  }
 ],
 [
  "(() => { const c = crypto.createCipheriv('aes-128-cbc', bytes(16), bytes(16)); c.getAuthTag(); })()",
  {
   "name": "Error",
   "code": "ERR_CRYPTO_INVALID_STATE",
   "message": "Invalid state for operation getAuthTag"
  }
 ],
 [
  "(() => { const d = crypto.createDecipheriv('aes-128-cbc', bytes(16), bytes(16)); d.update(bytes(16)); d.final(); })()",
  {
   "name": "Error",
   "code": "ERR_OSSL_BAD_DECRYPT",
   "message": "error:1C800064:Provider routines::bad decrypt"
  }
 ],
 [
  "(() => { const d = crypto.createDecipheriv('aes-128-cbc', bytes(16), bytes(16)); d.update(bytes(15)); d.final(); })()",
  {
   "name": "Error",
   "code": "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH",
   "message": "error:1C80006B:Provider routines::wrong final block length"
  }
 ],
 [
  "crypto.getCipherInfo('nope')",
  null
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
