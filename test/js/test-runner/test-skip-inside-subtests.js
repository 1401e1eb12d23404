const { test } = require('node:test');
test('parent', async (t) => {
  await t.test('skipped child', { skip: true }, () => {});
  await t.test('todo child', { todo: 'not yet' }, () => {});
  await t.test('runtime skip', (t2) => { t2.skip('nope'); });
  await t.test.skip?.('never');
});
test.describe('todo suite children', { todo: true }, () => {
  test.it('child', () => {});
});
