const { test } = require('node:test');
test('values', (t) => {
  t.assert.snapshot({ a: 1, list: [1, 'two'], text: 'line 1\nline 2' });
  t.assert.snapshot('a string with a `backtick` and ${braces}');
  t.assert.snapshot(42);
});
test('nested', async (t) => {
  await t.test('child', (t) => { t.assert.snapshot([true, null]); });
});
