const { test } = require('node:test');
const assert = require('node:assert');
test('adds', () => { assert.strictEqual(1 + 1, 2); });
test('fails on purpose', () => { assert.deepStrictEqual({ a: 1 }, { a: 2 }); });
test('skipped', { skip: 'not here' }, () => {});
test('todo', { todo: true }, () => {});
