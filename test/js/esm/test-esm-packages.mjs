// Packages from ES modules: "exports" with the import/node/default conditions and subpath
// patterns, "imports" (#x, including a mapping to a package), self-reference, the legacy
// "main", "type": "module" packages, scoped names, and the errors for what is not exported.
import assert from 'node:assert';
import path from 'node:path';
import { results, importInPackage } from '../../fixtures/esm/pkg/entry.mjs';

const pkg = path.resolve(import.meta.dirname, '../../fixtures/esm/pkg');
const entry = `${pkg}/entry.mjs`;

assert.deepStrictEqual(results, {
  kind: 'esm',
  requiredKind: 'cjs',
  feature: 'feature-node',
  util: 'a',
  legacy: [true, true],
  esmOnly: ['hello', 'yes'],
  scoped: 'yes',
  app: { helper: 'helper', internal: 'internal', kind: 'esm' },
});

await assert.rejects(importInPackage('dual/dist/index.mjs'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './dist/index.mjs' is not defined by "exports" in ${pkg}/node_modules/dual/package.json imported from ${entry}`,
});
await assert.rejects(importInPackage('dual/utils/missing'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${pkg}/node_modules/dual/dist/utils-missing.mjs' imported from ${entry}`,
});
await assert.rejects(importInPackage('#nothing'), {
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
});
// a package subpath without "exports" needs the full file name
await assert.rejects(importInPackage('legacy/main'), { code: 'ERR_MODULE_NOT_FOUND' });
assert.strictEqual((await importInPackage('legacy/main.js')).legacy, true);
// an imports condition picks "import"
assert.strictEqual((await import('../../fixtures/esm/pkg/app/main.js')).internal, 'internal');
console.log('ok');
