const { test } = require('node:test');
const assert = require('node:assert');
test('mock.method', (t) => {
  const obj = { greet: (name) => `hello ${name}` };
  t.mock.method(obj, 'greet', () => 'mocked');
  assert.strictEqual(obj.greet('x'), 'mocked');
  assert.strictEqual(obj.greet.mock.callCount(), 1);
});
test('subtests with mocks', async (t) => {
  await t.test('fn', () => {
    const f = t.mock.fn((x) => x + 1);
    assert.strictEqual(f(1), 2);
  });
});
