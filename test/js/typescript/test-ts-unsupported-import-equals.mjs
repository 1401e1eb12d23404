// Syntax that needs code generated is refused in strip-only mode, with Node's error.
import assert from 'node:assert';
await assert.rejects(import('../../fixtures/typescript/unsupported/import-equals.ts'), {
  name: 'SyntaxError',
  code: 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX',
  message: 'TypeScript import equals declaration is not supported in strip-only mode',
});
