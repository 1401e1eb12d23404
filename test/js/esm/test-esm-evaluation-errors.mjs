// Errors while linking or evaluating an imported module reject import().
import assert from 'node:assert';

await assert.rejects(import('../../fixtures/esm/throws.mjs'), {
  name: 'Error',
  message: 'thrown while evaluating',
});
// the same error again: a module that threw stays errored
await assert.rejects(import('../../fixtures/esm/throws.mjs'), { message: 'thrown while evaluating' });

await assert.rejects(import('../../fixtures/esm/syntax-error.mjs'), { name: 'SyntaxError' });
await assert.rejects(import('../../fixtures/esm/missing-export.mjs'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.match(err.message, /nope/);
  return true;
});
console.log('ok');
