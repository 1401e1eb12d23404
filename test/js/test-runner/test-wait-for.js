const { test } = require('node:test');
const assert = require('node:assert');
test('t.waitFor', async (t) => {
  let ready = false;
  setTimeout(() => { ready = true; }, 30);
  const value = await t.waitFor(() => { assert.ok(ready); return 'done'; }, { interval: 5, timeout: 60000 });
  assert.strictEqual(value, 'done');
  await assert.rejects(t.waitFor(() => { throw new Error('never'); }, { interval: 5, timeout: 20 }), (err) => {
    assert.strictEqual(err.message, 'waitFor() timed out');
    assert.strictEqual(err.cause.message, 'never');
    return true;
  });
});
