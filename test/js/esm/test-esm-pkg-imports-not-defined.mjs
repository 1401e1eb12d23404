// An "imports" name the package lacks: ERR_PACKAGE_IMPORT_NOT_DEFINED.
import assert from 'node:assert';

const { importIn } = await import('../../fixtures/esm2/pkgs/entry.mjs');
await assert.rejects(import('#nothing-here'), (err) => {
  assert.strictEqual(err.code, 'ERR_PACKAGE_IMPORT_NOT_DEFINED');
  assert.match(err.message, /^Package import specifier "#nothing-here" is not defined/);
  return true;
});
assert.strictEqual(typeof importIn, 'function');
