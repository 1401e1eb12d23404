'use strict';
// createPrivateKey/createPublicKey/createSecretKey/sign/generateKeyPair argument errors as Node reports them.
// Expected values were recorded by running reference Node 24 on the same inputs.
require('../../common');
const assert = require('assert');
const crypto = require('crypto');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const rows = [
 [
  "crypto.createPrivateKey('garbage')",
  {
   "name": "Error",
   "code": "ERR_OSSL_UNSUPPORTED",
   "message": "error:1E08010C:DECODER routines::unsupported"
  }
 ],
 [
  "crypto.createPublicKey('garbage')",
  {
   "name": "Error",
   "code": "ERR_OSSL_UNSUPPORTED",
   "message": "error:1E08010C:DECODER routines::unsupported"
  }
 ],
 [
  "crypto.createPrivateKey(5)",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, or URL. Received type number (5)"
  }
 ],
 [
  "crypto.createSecretKey(5)",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"key\" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (5)"
  }
 ],
 [
  "crypto.createPrivateKey({ key: {}, format: 'jwk' })",
  {
   "name": "TypeError",
   "code": "ERR_CRYPTO_INVALID_JWK",
   "message": "Invalid JWK format"
  }
 ],
 [
  "crypto.generateKeyPairSync('nope')",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_VALUE",
   "message": "The argument 'type' must be a supported key type. Received 'nope'"
  }
 ],
 [
  "crypto.generateKeyPairSync('ec', { namedCurve: 'nope' })",
  {
   "name": "TypeError",
   "code": "ERR_CRYPTO_INVALID_CURVE",
   "message": "Invalid EC curve name"
  }
 ],
 [
  "crypto.generateKeyPairSync('rsa', {})",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_TYPE",
   "message": "The \"options.modulusLength\" property must be of type number. Received undefined"
  }
 ],
 [
  "crypto.createSecretKey(Buffer.from('k')).export({ format: 'pem' })",
  {
   "name": "TypeError",
   "code": "ERR_INVALID_ARG_VALUE",
   "message": "The property 'options.format' must be one of: undefined, 'buffer', 'jwk'. Received 'pem'"
  }
 ],
 [
  "crypto.sign('sha256', Buffer.from('x'), crypto.createSecretKey(Buffer.from('k')))",
  {
   "name": "TypeError",
   "code": "ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE",
   "message": "Invalid key object type secret, expected private."
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
