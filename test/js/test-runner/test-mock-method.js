const { test, mock } = require('node:test');
const assert = require('node:assert');
const obj = { value: 2, double(x) { return x * this.value; } };
test('mock.method', () => {
  const m = mock.method(obj, 'double');
  assert.strictEqual(obj.double(3), 6);
  assert.strictEqual(m.mock.calls[0].this, obj);
  assert.strictEqual(obj.double.mock.callCount(), 1);
  mock.method(obj, 'double', () => 42);
  assert.strictEqual(obj.double(1), 42);
  mock.restoreAll();
  assert.strictEqual(obj.double(5), 10);
  assert.strictEqual(typeof obj.double.mock, 'object');
});
test('t.mock restores after the test', (t) => {
  t.mock.method(Math, 'random', () => 0.5);
  assert.strictEqual(Math.random(), 0.5);
});
test('restored', () => { assert.notStrictEqual(Math.random.mock, 0); assert.strictEqual(Math.random.mock, undefined); });
test('errors', () => {
  assert.throws(() => mock.method(obj, 'value'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => mock.method(null, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
});
