// A CommonJS module with __esModule: default is still module.exports in Node.
import assert from 'node:assert';

import def, { named } from '../../fixtures/esm2/cjs/esm-flag.cjs';
assert.strictEqual(named, 'n');
assert.strictEqual(def.default, 'the default');
