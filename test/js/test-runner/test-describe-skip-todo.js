const { describe, it } = require('node:test');
describe.skip('skipped suite', () => { it('never', () => { throw new Error('no'); }); });
describe.todo('todo suite', () => { it('runs', () => {}); });
describe('suite option skip', { skip: 'reason' }, () => { it('x', () => {}); });
describe('suite with skips', () => { it.skip('s'); it.todo('t'); it('p', () => {}); });
