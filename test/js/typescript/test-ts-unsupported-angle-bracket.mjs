// Syntax that needs code generated is refused in strip-only mode, with Node's error.
import assert from 'node:assert';
await assert.rejects(import('../../fixtures/typescript/unsupported/angle-bracket.ts'), {
  name: 'SyntaxError',
  code: 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX',
  message: "The angle-bracket syntax for type assertions, `<T>expr`, is not supported in type strip mode. Instead, use the 'as' syntax: `expr as T`.",
});
