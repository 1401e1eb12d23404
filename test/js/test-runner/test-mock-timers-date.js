const { test, mock } = require('node:test');
const assert = require('node:assert');
test('Date', (t) => {
  t.mock.timers.enable({ apis: ['Date', 'setTimeout'], now: 1000 });
  assert.strictEqual(Date.now(), 1000);
  assert.strictEqual(new Date().getTime(), 1000);
  assert.strictEqual(new Date(5).getTime(), 5);
  let seen;
  setTimeout(() => { seen = Date.now(); }, 100);
  t.mock.timers.tick(250);
  assert.strictEqual(seen, 1250);
  assert.strictEqual(Date.now(), 1250);
  t.mock.timers.setTime(5000);
  assert.strictEqual(Date.now(), 5000);
});
test('Date restored', () => { assert.ok(Date.now() > 1e12); });
test('now as a Date', (t) => {
  t.mock.timers.enable({ apis: ['Date'], now: new Date(86400000) });
  assert.strictEqual(new Date().toISOString(), '1970-01-02T00:00:00.000Z');
});
