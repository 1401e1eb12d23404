// exit: 1
const { describe, it, before } = require('node:test');
describe('slow before', () => {
  before(() => new Promise((r) => setTimeout(r, 2000).unref()), { timeout: 10 });
  it('never runs', () => {});
});
