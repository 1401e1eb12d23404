const { test } = require('node:test');
const assert = require('node:assert');
test('parent', async (t) => {
  const log = [];
  t.before(() => log.push('before'));
  t.beforeEach((t2) => log.push(`beforeEach ${t2.name}`));
  t.afterEach((t2) => log.push(`afterEach ${t2.name}`));
  t.after(() => log.push('after'));
  await t.test('x', () => log.push('x'));
  await t.test('y', () => log.push('y'));
  assert.deepStrictEqual(log, ['before', 'beforeEach x', 'x', 'afterEach x', 'beforeEach y', 'y', 'afterEach y']);
});
