'use strict';
// randomBytes/randomFill/randomInt/randomUUID/getRandomValues: shapes, ranges and Node's errors.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.randomBytes(0).length, 0);
assert.strictEqual(crypto.randomBytes(100).length, 100);
assert.ok(Buffer.isBuffer(crypto.randomBytes(4)));
assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));
crypto.randomBytes(16, common.mustSucceed((buf) => assert.strictEqual(buf.length, 16)));
assert.throws(() => crypto.randomBytes(-1), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => crypto.randomBytes('1'), { code: 'ERR_INVALID_ARG_TYPE' });

{
  const buf = Buffer.alloc(10);
  assert.strictEqual(crypto.randomFillSync(buf, 5), buf);
  assert.deepStrictEqual(buf.subarray(0, 5), Buffer.alloc(5));
  const u32 = new Uint32Array(8);
  crypto.randomFillSync(u32, 2, 2);
  assert.strictEqual(u32[0], 0);
  assert.strictEqual(u32[5], 0);
  const ab = new ArrayBuffer(16);
  crypto.randomFillSync(ab);
  assert.ok(new Uint8Array(ab).some((b) => b !== 0));
  assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
  });
  assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "size + offset" is out of range. It must be <= 4. Received 5',
  });
  assert.throws(() => crypto.randomFillSync(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type number (5)',
  });
  const target = Buffer.alloc(8);
  crypto.randomFill(target, 4, common.mustSucceed((b) => {
    assert.strictEqual(b, target);
    assert.deepStrictEqual(b.subarray(0, 4), Buffer.alloc(4));
  }));
  crypto.randomFill(new Uint8Array(4), common.mustSucceed());
  crypto.randomFill(new Uint8Array(4), 0, 2, common.mustSucceed());
}

for (let i = 0; i < 200; i++) {
  const n = crypto.randomInt(10);
  assert.ok(Number.isInteger(n) && n >= 0 && n < 10);
  const m = crypto.randomInt(-5, 5);
  assert.ok(m >= -5 && m < 5);
}
crypto.randomInt(3, common.mustSucceed((n) => assert.ok(n >= 0 && n < 3)));
crypto.randomInt(1, 2, common.mustSucceed((n) => assert.strictEqual(n, 1)));
assert.throws(() => crypto.randomInt(5, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" (5). Received 1',
});
assert.throws(() => crypto.randomInt(1.5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "max" argument must be a safe integer. Received type number (1.5)',
});
assert.throws(() => crypto.randomInt(0, 2 ** 48), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max - min" is out of range. It must be <= 281474976710655. Received 281_474_976_710_656',
});

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
for (let i = 0; i < 300; i++) {
  const u = crypto.randomUUID();
  assert.match(u, re);
  seen.add(u);
}
assert.strictEqual(seen.size, 300);
assert.match(crypto.randomUUID({ disableEntropyCache: true }), re);
assert.throws(() => crypto.randomUUID(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

// Web Crypto's getRandomValues
{
  const a = new Uint8Array(16);
  assert.strictEqual(crypto.getRandomValues(a), a);
  assert.strictEqual(globalThis.crypto.getRandomValues(new BigUint64Array(2)).length, 2);
  assert.throws(() => globalThis.crypto.getRandomValues(new Float32Array(2)), {
    name: 'TypeMismatchError', code: 17, message: 'The data argument must be an integer-type TypedArray',
  });
  assert.throws(() => globalThis.crypto.getRandomValues(new Uint8Array(65537)), {
    name: 'QuotaExceededError', code: 22, message: 'The requested length exceeds 65,536 bytes',
  });
  globalThis.crypto.getRandomValues(new Uint8Array(65536));
  assert.match(globalThis.crypto.randomUUID(), re);
}
