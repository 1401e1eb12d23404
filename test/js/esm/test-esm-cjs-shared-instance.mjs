// import and require() share one CommonJS module instance.
import assert from 'node:assert';

import { createRequire } from 'node:module';
import def from '../../fixtures/esm2/cjs/object-literal.cjs';
const require = createRequire(import.meta.url);
assert.strictEqual(require('../../fixtures/esm2/cjs/object-literal.cjs'), def);
