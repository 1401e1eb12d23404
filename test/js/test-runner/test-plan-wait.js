const { test } = require('node:test');
test('wait for async assertions', (t) => {
  t.plan(2, { wait: true });
  setTimeout(() => t.assert.ok(true), 10);
  setTimeout(() => t.assert.ok(true), 30);
});
test('wait with a timeout', (t) => {
  t.plan(1, { wait: 5000 });
  setTimeout(() => t.assert.ok(true), 10);
});
