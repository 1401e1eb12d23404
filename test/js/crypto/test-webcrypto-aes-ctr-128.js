'use strict';
// crypto.subtle AES-CTR with a 128-bit key: encrypt gives Node's ciphertext, decrypt reverses it, the JWK export is Node's, and a raw re-import works.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

(async () => {
  const params = { name: "AES-CTR", ...{"counter":Buffer.from('03080d12171c21262b30353a3f44494e', 'hex'),"length":64} };
  const key = await subtle.importKey('raw', bytes(16), "AES-CTR", true, ['encrypt', 'decrypt']);
  const ct = await subtle.encrypt(params, key, Buffer.from('web crypto plaintext'));
  assert.strictEqual(Buffer.from(ct).toString('hex'), "b41ce74bcea0bf42a00841b9876f87e1341b810e");
  assert.strictEqual(Buffer.from(await subtle.decrypt(params, key, ct)).toString(), 'web crypto plaintext');
  assert.deepStrictEqual(await subtle.exportKey('jwk', key), {
 "key_ops": [
  "encrypt",
  "decrypt"
 ],
 "ext": true,
 "alg": "A128CTR",
 "kty": "oct",
 "k": "AwoRGB8mLTQ7QklQV15lbA"
});
  const again = await subtle.importKey('jwk', await subtle.exportKey('jwk', key), "AES-CTR", false, ['decrypt']);
  assert.strictEqual(Buffer.from(await subtle.decrypt(params, again, ct)).toString(), 'web crypto plaintext');
})().then(common.mustCall());
