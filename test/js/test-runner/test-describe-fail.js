// exit: 1
const { describe, it } = require('node:test');
describe('with a failing test', () => {
  it('ok', () => {});
  it('bad', () => { throw new Error('bad test'); });
  describe('nested', () => { it('bad too', () => { throw new TypeError('nested bad'); }); });
});
