const { describe, it, before, after, beforeEach, afterEach, test } = require('node:test');
const assert = require('node:assert');
const log = [];
describe('hooks', () => {
  before(() => log.push('before'));
  after(() => log.push('after'));
  beforeEach((t) => log.push(`beforeEach ${t.name}`));
  afterEach((t) => log.push(`afterEach ${t.name}`));
  it('a', () => log.push('a'));
  describe('nested', () => {
    beforeEach(() => log.push('inner beforeEach'));
    afterEach(() => log.push('inner afterEach'));
    it('b', () => log.push('b'));
  });
});
test('check', () => {
  assert.deepStrictEqual(log, ['before', 'beforeEach a', 'a', 'afterEach a',
    'beforeEach b', 'inner beforeEach', 'b', 'inner afterEach', 'afterEach b', 'after']);
});
