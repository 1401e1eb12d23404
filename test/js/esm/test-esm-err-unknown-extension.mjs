// An unknown extension: ERR_UNKNOWN_FILE_EXTENSION.
import assert from 'node:assert';

import { fileURLToPath } from 'node:url';
const file = fileURLToPath(new URL('../../fixtures/esm2/esm/text.txt', import.meta.url));
await assert.rejects(import('../../fixtures/esm2/esm/text.txt'), {
  code: 'ERR_UNKNOWN_FILE_EXTENSION',
  name: 'TypeError',
  message: `Unknown file extension ".txt" for ${file}`,
});
