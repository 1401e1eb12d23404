// exit: 1
const { test } = require('node:test');
test('rejects unobserved', async () => {
  Promise.reject(new Error('nobody caught me'));
  await new Promise((r) => setTimeout(r, 50));
});
