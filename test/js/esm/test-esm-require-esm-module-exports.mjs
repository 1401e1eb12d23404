// require(esm) of a module exporting "module.exports" returns that value.
import assert from 'node:assert';

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
assert.deepStrictEqual(require('../../fixtures/esm2/esm/module-exports-name.mjs'), { custom: true });
