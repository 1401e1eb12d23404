// A package without "exports": "main" with the old extension guesses.
import assert from 'node:assert';

import { importIn } from '../../fixtures/esm2/pkgs/entry.mjs';
assert.strictEqual((await importIn('legacy-main')).default.legacy, true);
await assert.rejects(importIn('no-main'), { code: 'ERR_MODULE_NOT_FOUND' });
