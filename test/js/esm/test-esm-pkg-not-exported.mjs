// A subpath "exports" does not list: ERR_PACKAGE_PATH_NOT_EXPORTED with Node’s text.
import assert from 'node:assert';

import { fileURLToPath } from 'node:url';
import { importIn } from '../../fixtures/esm2/pkgs/entry.mjs';
const dir = fileURLToPath(new URL('../../fixtures/esm2/pkgs/', import.meta.url));
await assert.rejects(importIn('dual/index.mjs'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './index.mjs' is not defined by "exports" in ${dir}node_modules/dual/package.json imported from ${dir}entry.mjs`,
});
