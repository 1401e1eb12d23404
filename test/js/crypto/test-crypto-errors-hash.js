'use strict';
// Hash and Hmac misuse fails with Node's error names, codes and messages.
// Expected values were recorded by running reference Node 24 on the same inputs.
require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const rows = [
 [
  "crypto.createHash('nope')",
  {
   "name": "Error",
   "message": "Digest method not supported"
  }
 ],
 [
  "crypto.createHash(5)",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"algorithm\" argument must be of type string. Received type number (5)"
  }
 ],
 [
  "(() => { const h = crypto.createHash('sha256'); h.digest(); h.digest(); })()",
  {
   "name": "Error",
   "code": "ERR_CRYPTO_HASH_FINALIZED",
   "message": "Digest already called"
  }
 ],
 [
  "(() => { const h = crypto.createHash('sha256'); h.digest(); h.update('x'); })()",
  {
   "name": "Error",
   "code": "ERR_CRYPTO_HASH_FINALIZED",
   "message": "Digest already called"
  }
 ],
 [
  "crypto.createHash('sha256').update(5)",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)"
  }
 ],
 [
  "crypto.createHmac('nope', 'k')",
  {
   "name": "TypeError",
   "code": "ERR_CRYPTO_INVALID_DIGEST",
   "message": "Invalid digest: nope"
  }
 ],
 [
  "crypto.createHmac('sha256', 5)",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (5)"
  }
 ],
 [
  "crypto.hash('sha256', 5)",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"input\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)"
  }
 ],
 [
  "crypto.createHash('sha256', { outputLength: 5 })",
  {
   "name": "Error",
   "code": "ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH",
   "message": "error:030000B2:digital envelope routines::not XOF or invalid length"
  }
 ],
 [
  "crypto.createHash('shake256', { outputLength: -1 })",
  {
   "name": "RangeError",
   "code": "ERR_OUT_OF_RANGE",
   "message": "The value of \"options.outputLength\" is out of range. It must be >= 0 && <= 4294967295. Received -1"
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
