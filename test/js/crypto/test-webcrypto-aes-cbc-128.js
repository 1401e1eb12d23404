'use strict';
// crypto.subtle AES-CBC with a 128-bit key: encrypt gives Node's ciphertext, decrypt reverses it, the JWK export is Node's, and a raw re-import works.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

(async () => {
  const params = { name: "AES-CBC", ...{"iv":Buffer.from('03080d12171c21262b30353a3f44494e', 'hex')} };
  const key = await subtle.importKey('raw', bytes(16), "AES-CBC", true, ['encrypt', 'decrypt']);
  const ct = await subtle.encrypt(params, key, Buffer.from('web crypto plaintext'));
  assert.strictEqual(Buffer.from(ct).toString('hex'), "7b57fae1e03e3b468735d8bf85d4648ad28037750e427d5e3042eb23dc4b318f");
  assert.strictEqual(Buffer.from(await subtle.decrypt(params, key, ct)).toString(), 'web crypto plaintext');
  assert.deepStrictEqual(await subtle.exportKey('jwk', key), {
 "key_ops": [
  "encrypt",
  "decrypt"
 ],
 "ext": true,
 "alg": "A128CBC",
 "kty": "oct",
 "k": "AwoRGB8mLTQ7QklQV15lbA"
});
  const again = await subtle.importKey('jwk', await subtle.exportKey('jwk', key), "AES-CBC", false, ['decrypt']);
  assert.strictEqual(Buffer.from(await subtle.decrypt(params, again, ct)).toString(), 'web crypto plaintext');
})().then(common.mustCall());
