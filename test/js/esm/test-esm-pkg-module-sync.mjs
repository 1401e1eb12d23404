// The "module-sync" condition is matched by import and by require() (Node 24).
import assert from 'node:assert';

import { importIn } from '../../fixtures/esm2/pkgs/entry.mjs';
import cjsEntry from '../../fixtures/esm2/pkgs/entry.cjs';
assert.strictEqual((await importIn('sync-pkg')).which, 'module-sync');
assert.strictEqual(cjsEntry.requireIn('sync-pkg').which, 'module-sync');
