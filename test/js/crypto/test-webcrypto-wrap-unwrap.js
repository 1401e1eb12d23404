'use strict';
// wrapKey/unwrapKey with every wrapping algorithm (AES-GCM, AES-CBC, AES-CTR, AES-KW, RSA-OAEP)
// and key format (raw, jwk, pkcs8, spki): the unwrapped key equals the original.
const common = require('../../common');
const assert = require('assert');
const { subtle } = globalThis.crypto;

(async () => {
  const wrapUsages = ['wrapKey', 'unwrapKey'];
  const gcm = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, wrapUsages);
  const cbc = await subtle.generateKey({ name: 'AES-CBC', length: 128 }, false, wrapUsages);
  const ctr = await subtle.generateKey({ name: 'AES-CTR', length: 192 }, false, wrapUsages);
  const kw = await subtle.generateKey({ name: 'AES-KW', length: 256 }, false, wrapUsages);
  const oaep = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048,
                                          publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
                                        false, wrapUsages);
  const wrappers = [
    [{ name: 'AES-GCM', iv: Buffer.alloc(12, 1), additionalData: Buffer.from('ad') }, gcm, gcm],
    [{ name: 'AES-CBC', iv: Buffer.alloc(16, 2) }, cbc, cbc],
    [{ name: 'AES-CTR', counter: Buffer.alloc(16, 3), length: 64 }, ctr, ctr],
    ['AES-KW', kw, kw],
    [{ name: 'RSA-OAEP', label: Buffer.from('l') }, oaep.publicKey, oaep.privateKey],
  ];
  const hmac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, true, ['sign']);
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const ed = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  const cases = [
    ['raw', hmac, { name: 'HMAC', hash: 'SHA-256' }, ['sign']],
    ['jwk', hmac, { name: 'HMAC', hash: 'SHA-256' }, ['sign']],
    ['jwk', ec.privateKey, { name: 'ECDSA', namedCurve: 'P-256' }, ['sign']],
    ['pkcs8', ed.privateKey, 'Ed25519', ['sign']],
    ['spki', ec.publicKey, { name: 'ECDSA', namedCurve: 'P-256' }, ['verify']],
    ['raw', ed.publicKey, 'Ed25519', ['verify']],
  ];
  for (const [alg, wrapping, unwrapping] of wrappers) {
    for (const [format, key, keyAlg, usages] of cases) {
      // RSA-OAEP with 2048 bits holds at most 190 bytes: too few for an EC private JWK
      if (alg.name === 'RSA-OAEP' && format === 'jwk' && key.type === 'private') continue;
      // AES-KW wraps whole 8-byte blocks: a 91-byte P-256 SPKI is refused
      if (alg === 'AES-KW' && format === 'spki') {
        await assert.rejects(subtle.wrapKey(format, key, wrapping, alg), { name: 'OperationError' });
        continue;
      }
      const wrapped = await subtle.wrapKey(format, key, wrapping, alg);
      assert.ok(wrapped instanceof ArrayBuffer);
      const back = await subtle.unwrapKey(format, wrapped, unwrapping, alg, keyAlg, true, usages);
      assert.strictEqual(back.type, key.type);
      assert.deepStrictEqual(back.algorithm, key.algorithm);
      assert.deepStrictEqual(back.usages, usages);
      assert.deepStrictEqual(await subtle.exportKey('jwk', back), { ...await subtle.exportKey('jwk', key),
                                                                    key_ops: usages });
    }
  }
  // a tampered AES-GCM wrapping fails authentication
  const wrapped = new Uint8Array(await subtle.wrapKey('raw', hmac, gcm, wrappers[0][0]));
  wrapped[0] ^= 1;
  await assert.rejects(subtle.unwrapKey('raw', wrapped, gcm, wrappers[0][0], { name: 'HMAC', hash: 'SHA-256' }, true,
                                        ['sign']), { name: 'OperationError' });
  // the unwrapped key's extractability is the caller's choice
  const fixed = await subtle.unwrapKey('raw', await subtle.wrapKey('raw', hmac, kw, 'AES-KW'), kw, 'AES-KW',
                                       { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  assert.strictEqual(fixed.extractable, false);
})().then(common.mustCall());
