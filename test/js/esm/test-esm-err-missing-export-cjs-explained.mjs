// A named import a CommonJS module does not have: Node's SyntaxError, which explains that
// CommonJS modules may not support every named export and shows the default-import form
// (the braces on the offending line, `as` written as destructuring; nothing when the
// import spans lines). Re-exports get it too.
import assert from 'node:assert';

function explained(name, specifier, destructured) {
  return {
    name: 'SyntaxError',
    message: `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, which ` +
      'may not support all module.exports as named exports.\nCommonJS modules can always be imported via the ' +
      `default export, for example using:\n\nimport pkg from '${specifier}';\n` +
      (destructured === undefined ? '' : `const ${destructured} = pkg;\n`),
  };
}

await assert.rejects(import('../../fixtures/esm-errors/missing-cjs-aliased.mjs'),
  explained('absent', './lib.cjs', undefined));
await assert.rejects(import('../../fixtures/esm-errors/missing-cjs-reexport.mjs'),
  explained('gone', './lib.cjs', '{ present, gone }'));
// names the lexer finds still import
const { sum } = await import('../../fixtures/esm-errors/present-cjs.mjs');
assert.strictEqual(sum, 3);
