'use strict';
// randomBytes, randomFill(Sync), randomInt and randomUUID produce values of the right size, range and format (sync and callback).
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const crypto = require('crypto');
for (const n of [0, 1, 16, 1000, 70000]) assert.strictEqual(crypto.randomBytes(n).length, n);
crypto.randomBytes(32, common.mustSucceed((b) => assert.strictEqual(b.length, 32)));
const buf = Buffer.alloc(64);
crypto.randomFillSync(buf, 16, 16);
assert(buf.subarray(0, 16).every((b) => b === 0) && buf.subarray(32).every((b) => b === 0));
crypto.randomFill(new Uint32Array(8), common.mustSucceed((a) => assert.strictEqual(a.length, 8)));
for (let i = 0; i < 2000; i++) {
  const v = crypto.randomInt(-5, 5);
  assert(v >= -5 && v < 5 && Number.isInteger(v));
}
crypto.randomInt(10, common.mustSucceed((v) => assert(v >= 0 && v < 10)));
const seen = new Set();
for (let i = 0; i < 1000; i++) {
  const u = crypto.randomUUID();
  assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  seen.add(u);
}
assert.strictEqual(seen.size, 1000);
assert.strictEqual(globalThis.crypto.getRandomValues(new Uint8Array(65536)).length, 65536);
