'use strict';
// The same errors reach require().
const assert = require('assert');
assert.throws(() => require('../../fixtures/typescript/unsupported/parameter-property.ts'), {
  name: 'SyntaxError',
  code: 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX',
  message: 'TypeScript parameter property is not supported in strip-only mode',
});
