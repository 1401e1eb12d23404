// Code that is not TypeScript at all is ERR_INVALID_TYPESCRIPT_SYNTAX.
import assert from 'node:assert';
await assert.rejects(import('../../fixtures/typescript/unsupported/invalid.ts'), {
  name: 'SyntaxError',
  code: 'ERR_INVALID_TYPESCRIPT_SYNTAX',
});
