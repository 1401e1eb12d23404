const { test } = require('node:test');
const assert = require('node:assert');
test('mock timers', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 100 });
  let at;
  setTimeout(() => { at = Date.now(); }, 1000);
  t.mock.timers.tick(1000);
  assert.strictEqual(at, 1100);
});
