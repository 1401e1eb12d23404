const { test, before, after, beforeEach, afterEach } = require('node:test');
const assert = require('node:assert');
const log = [];
before(() => log.push('before'));
beforeEach((t) => log.push(`beforeEach ${t.name}`));
afterEach((t) => log.push(`afterEach ${t.name}`));
after(() => {
  assert.deepStrictEqual(log, ['before', 'beforeEach one', 'one', 'afterEach one',
    'beforeEach two', 'two', 'afterEach two']);
});
test('one', () => log.push('one'));
test('two', () => log.push('two'));
