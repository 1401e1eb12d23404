const { test } = require('node:test');
test('parent', async (t) => {
  await t.test('child 1', () => {});
  await t.test('child 2', async (t) => {
    await t.test('grandchild', () => {});
  });
});
test('unawaited children', (t) => {
  t.test('a', async () => { await new Promise((r) => setTimeout(r, 20)); });
  t.test('b', () => {});
});
