const { describe, it } = require('node:test');
describe('async callback', async () => {
  it('before the await', () => {});
  await null;
  it('after the await', () => {});
  describe('nested after the await', () => { it('deep', () => {}); });
});
describe('next suite', () => { it('runs after', () => {}); });
