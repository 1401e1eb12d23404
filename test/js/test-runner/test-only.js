const { test, describe, it } = require('node:test');
test('not only', () => { throw new Error('must not run'); });
test.only('only test', () => {});
describe('has only inside', () => { it('skipped sibling', () => { throw new Error('no'); }); it.only('only it', () => {}); });
describe.only('only suite', () => { it('all run', () => {}); it('both', () => {}); });
test('only option', { only: true }, async (t) => { await t.test('sub a', () => {}); });
