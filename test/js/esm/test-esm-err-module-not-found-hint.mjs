// A missing extension: ERR_MODULE_NOT_FOUND with Node’s "Did you mean" hint.
import assert from 'node:assert';

import { fileURLToPath } from 'node:url';
// the hint is what require() finds for the specifier from the working directory
process.chdir(import.meta.dirname);
const target = fileURLToPath(new URL('../../fixtures/esm2/cjs/exports-dot', import.meta.url));
await assert.rejects(import('../../fixtures/esm2/cjs/exports-dot'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${target}' imported from ${import.meta.filename}\nDid you mean to import "../../fixtures/esm2/cjs/exports-dot.js"?`,
});
