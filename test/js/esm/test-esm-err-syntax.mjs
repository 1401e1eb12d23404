// A syntax error in an imported module rejects the import with a SyntaxError.
import assert from 'node:assert';

await assert.rejects(import('../../fixtures/esm2/esm/syntax-err.mjs'), { name: 'SyntaxError' });
