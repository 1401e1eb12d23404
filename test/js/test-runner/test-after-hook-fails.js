// exit: 1
const { describe, it, after } = require('node:test');
describe('after fails', () => {
  after(() => { throw new Error('after failed'); });
  it('passes', () => {});
});
