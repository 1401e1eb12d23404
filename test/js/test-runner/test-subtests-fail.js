// exit: 1
const { test } = require('node:test');
test('parent', async (t) => {
  await t.test('ok', () => {});
  await t.test('broken', () => { throw new Error('child broke'); });
  await t.test('broken 2', () => { throw new Error('child broke again'); });
});
test('one failing child', async (t) => {
  await t.test('x', () => { throw new RangeError('x'); });
});
