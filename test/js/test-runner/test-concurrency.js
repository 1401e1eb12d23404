const { describe, it, test } = require('node:test');
const assert = require('node:assert');
const order = [];
describe('concurrent', { concurrency: true }, () => {
  it('slow', async () => { await new Promise((r) => setTimeout(r, 50)); order.push('slow'); });
  it('fast', async () => { order.push('fast'); });
});
test('order', () => { assert.deepStrictEqual(order, ['fast', 'slow']); });
