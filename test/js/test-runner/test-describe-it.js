const { describe, it, suite, test } = require('node:test');
describe('outer', () => {
  it('first', () => {});
  describe('inner', () => {
    it('deep', () => {});
    test('test inside describe', () => {});
  });
  it('last', async () => {});
});
suite('suite alias', () => { it('in suite', () => {}); });
describe('empty suite', () => {});
