const { test } = require('node:test');
const assert = require('node:assert');
let saved;
test('signal', (t) => {
  assert.ok(t.signal instanceof AbortSignal);
  assert.strictEqual(t.signal.aborted, false);
  saved = t.signal;
});
test('after', () => { assert.strictEqual(saved.aborted, true); });
