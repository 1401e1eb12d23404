// exit: 1
const { describe, it, before } = require('node:test');
describe('broken before', () => {
  before(() => { throw new Error('before failed'); });
  it('a', () => {});
  it('b', () => {});
});
describe('fine', () => { it('c', () => {}); });
