// Reading an import of a cycle before its module ran is a ReferenceError (TDZ).
import assert from 'node:assert';

await assert.rejects(import('../../fixtures/esm2/esm/tdz-a.mjs'), (err) => {
  assert.strictEqual(err.name, 'ReferenceError');
  assert.match(err.message, /\bearly\b/);
  return true;
});
