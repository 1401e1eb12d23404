const { describe, it, before, after } = require('node:test');
const assert = require('node:assert');
describe('outer', (s) => {
  before(function(ctx) { assert.strictEqual(ctx.name, 'outer'); assert.strictEqual(ctx.fullName, 'outer'); });
  after((ctx) => { assert.strictEqual(ctx.name, 'outer'); });
  describe('inner', (s2) => {
    assert.strictEqual(s2.fullName, 'outer > inner');
    assert.ok(s2.signal instanceof AbortSignal);
    it('x', () => {});
  });
});
