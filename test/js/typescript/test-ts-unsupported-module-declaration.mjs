// Syntax that needs code generated is refused in strip-only mode, with Node's error.
import assert from 'node:assert';
await assert.rejects(import('../../fixtures/typescript/unsupported/module-declaration.ts'), {
  name: 'SyntaxError',
  code: 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX',
  message: '`module` keyword is not supported. Use `namespace` instead.',
});
