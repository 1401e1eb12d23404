const { test, mock } = require('node:test');
const assert = require('node:assert');
test('implementations', () => {
  const f = mock.fn(() => 'original');
  f.mock.mockImplementation(() => 'replaced');
  assert.strictEqual(f(), 'replaced');
  f.mock.mockImplementationOnce(() => 'once');
  assert.strictEqual(f(), 'once');
  assert.strictEqual(f(), 'replaced');
  f.mock.mockImplementationOnce(() => 'on call 5', 5);
  assert.strictEqual(f(), 'replaced');
  assert.strictEqual(f(), 'replaced');
  assert.strictEqual(f(), 'on call 5');
  f.mock.restore();
  assert.strictEqual(f(), 'original');
});
test('times', () => {
  const f = mock.fn(() => 'orig', () => 'impl', { times: 2 });
  assert.deepStrictEqual([f(), f(), f()], ['impl', 'impl', 'orig']);
});
test('invalid onCall', () => {
  const f = mock.fn();
  f(); f();
  assert.throws(() => f.mock.mockImplementationOnce(() => {}, 1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => f.mock.mockImplementation('x'), { code: 'ERR_INVALID_ARG_TYPE' });
});
