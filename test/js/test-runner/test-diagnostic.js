const { test, describe, it } = require('node:test');
test('with diagnostics', (t) => { t.diagnostic('first note'); t.diagnostic('second note'); });
describe('suite', () => { it('nested', (t) => { t.diagnostic('nested note'); }); });
