// As with .js, an import must name the .ts extension: nothing is guessed.
import assert from 'node:assert';
import path from 'node:path';
const fixture = path.resolve(import.meta.dirname, '../../fixtures/typescript/esm');
await assert.rejects(import('../../fixtures/typescript/esm'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${fixture}' imported from ${import.meta.filename}`,
});
