const { test, describe, it } = require('node:test');
const assert = require('node:assert');
test('top', async (t) => {
  assert.strictEqual(t.name, 'top');
  assert.strictEqual(t.fullName, 'top');
  await t.test('child', (t2) => {
    assert.strictEqual(t2.name, 'child');
    assert.strictEqual(t2.fullName, 'top > child');
  });
});
describe('s', (s) => {
  assert.strictEqual(s.name, 's');
  it('i', (t) => { assert.strictEqual(t.fullName, 's > i'); assert.strictEqual(t.filePath, __filename); });
});
test(async function namedFromFunction(t) { assert.strictEqual(t.name, 'namedFromFunction'); });
