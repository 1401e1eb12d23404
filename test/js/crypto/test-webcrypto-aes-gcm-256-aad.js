'use strict';
// crypto.subtle AES-GCM with a 256-bit key: encrypt gives Node's ciphertext, decrypt reverses it, the JWK export is Node's, and a raw re-import works.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

(async () => {
  const params = { name: "AES-GCM", ...{"iv":Buffer.from('03080d12171c21262b30353a', 'hex'),"additionalData":Buffer.from('616164', 'hex'),"tagLength":96} };
  const key = await subtle.importKey('raw', bytes(32), "AES-GCM", true, ['encrypt', 'decrypt']);
  const ct = await subtle.encrypt(params, key, Buffer.from('web crypto plaintext'));
  assert.strictEqual(Buffer.from(ct).toString('hex'), "6b562dfb55b1b34fddf37e701231f9d111a7406a53c40043a62b7020e86d05e0");
  assert.strictEqual(Buffer.from(await subtle.decrypt(params, key, ct)).toString(), 'web crypto plaintext');
  assert.deepStrictEqual(await subtle.exportKey('jwk', key), {
 "key_ops": [
  "encrypt",
  "decrypt"
 ],
 "ext": true,
 "alg": "A256GCM",
 "kty": "oct",
 "k": "AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dw"
});
  const again = await subtle.importKey('jwk', await subtle.exportKey('jwk', key), "AES-GCM", false, ['decrypt']);
  assert.strictEqual(Buffer.from(await subtle.decrypt(params, again, ct)).toString(), 'web crypto plaintext');
})().then(common.mustCall());
