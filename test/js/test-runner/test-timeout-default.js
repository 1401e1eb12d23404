// exit: 1
const { test } = require('node:test');
test('subtest timeouts', async (t) => {
  await t.test('quick', { timeout: 1000 }, async () => { await new Promise((r) => setTimeout(r, 5)); });
  await t.test('timed out', { timeout: 5 }, async () => {
    await new Promise((r) => setTimeout(r, 200));
  });
});
