const { test } = require('node:test');
const assert = require('node:assert');
const obj = { f() { return 'real'; } };
test('t.mock.fn', (t) => {
  const f = t.mock.fn(() => 1);
  f();
  assert.strictEqual(f.mock.callCount(), 1);
  t.mock.method(obj, 'f', () => 'fake');
  assert.strictEqual(obj.f(), 'fake');
});
test('restored after the test', () => { assert.strictEqual(obj.f(), 'real'); });
