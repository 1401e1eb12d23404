// exit: 1
const { describe, it, beforeEach, afterEach } = require('node:test');
describe('broken beforeEach', () => {
  beforeEach(() => { throw new Error('beforeEach failed'); });
  it('a', () => {});
});
describe('broken afterEach', () => {
  afterEach(() => { throw new Error('afterEach failed'); });
  it('b', () => {});
});
