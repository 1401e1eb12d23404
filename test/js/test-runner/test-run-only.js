const { test } = require('node:test');
test('runOnly', { only: true }, async (t) => {
  t.runOnly(true);
  await t.test('skipped', () => { throw new Error('no'); });
  await t.test('runs', { only: true }, () => {});
  t.runOnly(false);
  await t.test('runs again', () => {});
});
