'use strict';
// checkPrime(Sync) and generatePrime(Sync): results as ArrayBuffer or bigint, add/rem and safe
// primes, and Node's argument errors.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.checkPrimeSync(97n), true);
assert.strictEqual(crypto.checkPrimeSync(91n), false);
assert.strictEqual(crypto.checkPrimeSync(2n), true);
assert.strictEqual(crypto.checkPrimeSync(1n), false);
assert.strictEqual(crypto.checkPrimeSync(new Uint8Array(0)), false);
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([7])), true);
// 2^127 - 1 (a Mersenne prime) and a Carmichael number
assert.strictEqual(crypto.checkPrimeSync(2n ** 127n - 1n, { checks: 10 }), true);
assert.strictEqual(crypto.checkPrimeSync(561n), false);
const modp = crypto.getDiffieHellman('modp14').getPrime();
assert.strictEqual(crypto.checkPrimeSync(modp), true);

const toBig = (ab) => BigInt(`0x${Buffer.from(ab).toString('hex')}`);
const p = crypto.generatePrimeSync(64);
assert.ok(p instanceof ArrayBuffer);
assert.strictEqual(p.byteLength, 8);
assert.strictEqual(toBig(p).toString(2).length, 64);
assert.strictEqual(crypto.checkPrimeSync(p), true);
const big = crypto.generatePrimeSync(48, { bigint: true });
assert.strictEqual(typeof big, 'bigint');
assert.strictEqual(big.toString(2).length, 48);
assert.strictEqual(crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }) % 12n, 11n);
const safe = crypto.generatePrimeSync(32, { safe: true, bigint: true });
assert.strictEqual(crypto.checkPrimeSync((safe - 1n) / 2n), true);
assert.strictEqual(crypto.generatePrimeSync(3, { safe: true, bigint: true }), 7n);
assert.deepStrictEqual(new Uint8Array(crypto.generatePrimeSync(2)), new Uint8Array([3]));

assert.throws(() => crypto.generatePrimeSync(0), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "size" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
assert.throws(() => crypto.generatePrimeSync('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generatePrimeSync(16, { add: 7n, rem: 9n }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'invalid options.rem',
});
assert.throws(() => crypto.generatePrimeSync(8, { add: 1000n }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'invalid options.add',
});
assert.throws(() => crypto.generatePrimeSync(16, { safe: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.safe" property must be of type boolean. Received type number (1)',
});
assert.throws(() => crypto.generatePrimeSync(16, { add: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.add" property must be of type bigint or an instance of ArrayBuffer, TypedArray, Buffer, ' +
    'or DataView. Received type string (\'x\')',
});
assert.throws(() => crypto.generatePrimeSync(2, { safe: true }), {
  message: 'error:01800076:bignum routines::bits too small',
});
assert.throws(() => crypto.checkPrimeSync('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "candidate" argument must be of type bigint or an instance of ArrayBuffer, TypedArray, Buffer, or ' +
    'DataView. Received type string (\'x\')',
});
assert.throws(() => crypto.checkPrimeSync(7n, { checks: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.checkPrimeSync(-7n), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "candidate" is out of range. It must be >= 0. Received -7n',
});

crypto.generatePrime(40, { bigint: true }, common.mustCall((err, prime) => {
  assert.strictEqual(err, undefined);
  assert.strictEqual(typeof prime, 'bigint');
  crypto.checkPrime(prime, common.mustCall((err2, result) => {
    assert.strictEqual(err2, undefined);
    assert.strictEqual(result, true);
  }));
}));
crypto.generatePrime(24, common.mustCall((err, prime) => {
  assert.ok(prime instanceof ArrayBuffer);
}));
assert.throws(() => crypto.checkPrime(7n), { code: 'ERR_INVALID_ARG_TYPE' });
