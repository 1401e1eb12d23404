// A query string makes another instance of the same file.
import assert from 'node:assert';

const a = await import('../../fixtures/esm2/esm/live.mjs?one');
const b = await import('../../fixtures/esm2/esm/live.mjs?two');
const c = await import('../../fixtures/esm2/esm/live.mjs?one');
a.inc();
assert.deepStrictEqual([a.count, b.count], [1, 0]);
assert.strictEqual(a, c);
