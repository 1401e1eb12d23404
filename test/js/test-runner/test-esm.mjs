import { describe, it, test, mock } from 'node:test';
import assert from 'node:assert';
describe('ESM suite', () => {
  it('works', () => { assert.strictEqual(typeof mock.fn, 'function'); });
});
test('top-level await before tests', async () => { await null; });
