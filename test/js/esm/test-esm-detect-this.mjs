// A detected ES module runs in strict module scope: top-level this is undefined.
import assert from 'node:assert';

import { t } from '../../fixtures/esm2/detect/this-undefined.js';
assert.strictEqual(t, undefined);
