// A missing file: ERR_MODULE_NOT_FOUND naming the path and the importer.
import assert from 'node:assert';

import { fileURLToPath } from 'node:url';
const target = fileURLToPath(new URL('../../fixtures/esm2/esm/nothing.mjs', import.meta.url));
await assert.rejects(import('../../fixtures/esm2/esm/nothing.mjs'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${target}' imported from ${import.meta.filename}`,
  url: new URL('../../fixtures/esm2/esm/nothing.mjs', import.meta.url).href,
});
