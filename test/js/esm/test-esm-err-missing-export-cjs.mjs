// A name the CommonJS lexer cannot find is missing too.
import assert from 'node:assert';

await assert.rejects(import('../../fixtures/esm2/esm/import-missing-cjs.mjs'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  // Node explains the CommonJS case at length; node4j has the engine's plain text (see docs/compat.md)
  assert.match(err.message, /'nothere'/);
  return true;
});
