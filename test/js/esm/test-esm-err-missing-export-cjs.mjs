// A name the CommonJS lexer cannot find is missing too, with Node's explanation.
import assert from 'node:assert';

await assert.rejects(import('../../fixtures/esm2/esm/import-missing-cjs.mjs'), {
  name: 'SyntaxError',
  message: 'Named export \'nothere\' not found. The requested module \'../cjs/exports-dot.js\' is a CommonJS module, ' +
    'which may not support all module.exports as named exports.\nCommonJS modules can always be imported via the ' +
    'default export, for example using:\n\nimport pkg from \'../cjs/exports-dot.js\';\nconst { nothere } = pkg;\n',
});
