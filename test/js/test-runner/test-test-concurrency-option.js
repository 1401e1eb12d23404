const { test } = require('node:test');
const assert = require('node:assert');
test('parallel subtests', { concurrency: 2 }, async (t) => {
  const log = [];
  const a = t.test('slow', async () => { await new Promise((r) => setTimeout(r, 60)); log.push('slow'); });
  const b = t.test('quick', async () => { log.push('quick'); });
  await Promise.all([a, b]);
  assert.deepStrictEqual(log, ['quick', 'slow']);
});
