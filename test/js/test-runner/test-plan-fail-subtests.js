// exit: 1
const { test } = require('node:test');
test('plan not met by subtests', async (t) => {
  t.plan(3);
  await t.test('one', () => {});
  await t.test('two', () => {});
});
