const { test, describe } = require('node:test');
const assert = require('node:assert');
const p = test('returns a promise', () => {});
assert.ok(p instanceof Promise);
const d = describe('describe too', () => {});
assert.ok(d instanceof Promise);
test('awaits', async () => { assert.strictEqual(await p, undefined); });
