// exit: 1
const { test } = require('node:test');
test('throws from a timer', async () => {
  setTimeout(() => { throw new Error('thrown later'); }, 1);
  await new Promise((r) => setTimeout(r, 100));
});
test('after it', () => {});
