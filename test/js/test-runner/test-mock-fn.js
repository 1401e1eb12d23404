const { test, mock } = require('node:test');
const assert = require('node:assert');
test('mock.fn records calls', () => {
  const sum = mock.fn((a, b) => a + b);
  assert.strictEqual(sum(1, 2), 3);
  assert.strictEqual(sum.call('ctx', 3, 4), 7);
  assert.strictEqual(sum.mock.callCount(), 2);
  assert.deepStrictEqual(sum.mock.calls[0].arguments, [1, 2]);
  assert.strictEqual(sum.mock.calls[0].result, 3);
  assert.strictEqual(sum.mock.calls[1].this, 'ctx');
  assert.ok(sum.mock.calls[0].stack instanceof Error);
  assert.strictEqual(sum.length, 2);
  sum.mock.resetCalls();
  assert.strictEqual(sum.mock.callCount(), 0);
});
test('mock.fn errors and constructors', () => {
  const thrower = mock.fn(() => { throw new Error('boom'); });
  assert.throws(() => thrower(), /boom/);
  assert.strictEqual(thrower.mock.calls[0].error.message, 'boom');
  assert.strictEqual(thrower.mock.calls[0].result, undefined);
  class Point { constructor(x) { this.x = x; } }
  const P = mock.fn(Point);
  const p = new P(3);
  assert.strictEqual(p.x, 3);
  assert.strictEqual(P.mock.calls[0].target, Point);
  assert.ok(p instanceof Point);
});
test('empty mock.fn', () => {
  const f = mock.fn();
  assert.strictEqual(f(1), undefined);
  assert.strictEqual(f.mock.callCount(), 1);
});
