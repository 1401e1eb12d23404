// Importing a name a module lacks is a SyntaxError with Node’s text.
import assert from 'node:assert';

await assert.rejects(import('../../fixtures/esm2/esm/import-missing.mjs'), {
  name: 'SyntaxError',
  message: "The requested module './star-a.mjs' does not provide an export named 'nothere'",
});
