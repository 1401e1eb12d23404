// A dual package: import gets the "import" target, require the "require" one.
import assert from 'node:assert';

import { importIn } from '../../fixtures/esm2/pkgs/entry.mjs';
import cjsEntry from '../../fixtures/esm2/pkgs/entry.cjs';
assert.strictEqual((await importIn('dual')).kind, 'esm');
assert.strictEqual(cjsEntry.requireIn('dual').kind, 'cjs');
assert.strictEqual((await importIn('dual/feature')).feature, 'node-import');
assert.strictEqual(cjsEntry.requireIn('dual/feature').feature, 'node-default');
