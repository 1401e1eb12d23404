// exit: 1
const { describe, it } = require('node:test');
describe('throws while building', () => {
  it('declared first', () => {});
  throw new Error('build failed');
});
