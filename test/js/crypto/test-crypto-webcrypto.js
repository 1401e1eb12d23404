'use strict';
// globalThis.crypto: the same object as crypto.webcrypto; subtle.digest known answers and errors.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.webcrypto, globalThis.crypto);
assert.strictEqual(crypto.subtle, globalThis.crypto.subtle);
assert.strictEqual(Object.prototype.toString.call(globalThis.crypto), '[object Crypto]');
assert.strictEqual(Object.prototype.toString.call(crypto.subtle), '[object SubtleCrypto]');
assert.throws(() => new CryptoKey(), { name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
assert.throws(() => new SubtleCrypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new Crypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
const getRandomValues = crypto.getRandomValues;
assert.strictEqual(getRandomValues(new Uint8Array(3)).length, 3);

const expected = {
  'SHA-1': 'a9993e364706816aba3e25717850c26c9cd0d89d',
  'SHA-256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  'SHA-384': 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
  'SHA-512': 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
};
(async () => {
  for (const [alg, hex] of Object.entries(expected)) {
    const ab = await crypto.subtle.digest(alg, Buffer.from('abc'));
    assert.ok(ab instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(ab).toString('hex'), hex);
    assert.strictEqual(Buffer.from(await crypto.subtle.digest({ name: alg.toLowerCase() }, new TextEncoder().encode('abc').buffer)).toString('hex'), hex);
  }
  await assert.rejects(crypto.subtle.digest('MD5', new Uint8Array(1)), {
    name: 'NotSupportedError', message: 'Unrecognized algorithm name',
  });
  await assert.rejects(crypto.subtle.digest('SHA-256'), {
    name: 'TypeError', code: 'ERR_MISSING_ARGS',
    message: 'Failed to execute \'digest\' on \'SubtleCrypto\': 2 arguments required, but only 1 present.',
  });
  await assert.rejects(crypto.subtle.digest('SHA-256', 5), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'Failed to execute \'digest\' on \'SubtleCrypto\': 2nd argument is not instance of ArrayBuffer, ' +
      'Buffer, TypedArray, or DataView.',
  });
})().then(common.mustCall());
