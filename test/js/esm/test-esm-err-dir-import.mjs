// A directory: ERR_UNSUPPORTED_DIR_IMPORT with the "Did you mean" hint.
import assert from 'node:assert';

import { fileURLToPath } from 'node:url';
// the hint is what require() finds for the specifier from the working directory
process.chdir(import.meta.dirname);
const dir = fileURLToPath(new URL('../../fixtures/esm2/esm/dir', import.meta.url));
await assert.rejects(import('../../fixtures/esm2/esm/dir'), {
  code: 'ERR_UNSUPPORTED_DIR_IMPORT',
  message: `Directory import '${dir}' is not supported resolving ES modules imported from ${import.meta.filename}\nDid you mean to import "../../fixtures/esm2/esm/dir/index.js"?`,
  url: new URL('../../fixtures/esm2/esm/dir', import.meta.url).href,
});
