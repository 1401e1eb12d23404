const { describe, it, beforeEach } = require('node:test');
const assert = require('node:assert');
describe('math', () => {
  let n;
  beforeEach(() => { n = 2; });
  it('squares', () => { assert.strictEqual(n * n, 4); });
  describe('deeper', () => {
    it('cubes', () => { assert.strictEqual(n ** 3, 8); });
    it.todo('roots');
  });
});
